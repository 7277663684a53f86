package org.linkwell.setup.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Backups;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.printing.Letterhead;
import org.linkwell.printing.PrintoutSettings;
import org.linkwell.setup.FirstRun;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Theme;

/**
 * The first-run guide, right after the administrator is set up: the CHC's letterhead, the language, where the
 * data and backups live, sample data or an empty start, then a tour of the navigation. Back/Next/Finish;
 * Escape means "later" and the guide comes back at the next start.
 */
public final class FirstRunGuide {
    /** How the guide ended: finished (with or without the sample CHC) or put off. */
    public enum Outcome { FINISHED_EMPTY, FINISHED_WITH_SAMPLE, LATER }

    private final FirstRun firstRun;
    private final PrintoutSettings printouts;
    private final Backups backups;
    private final SettingsStore settings;
    private final BackgroundTasks tasks;
    private final Messages m;
    private final Consumer<Outcome> done;
    private final SetupSteps steps;
    private final StackPane root = new StackPane();
    private final Label message = new Label();
    private Letterhead current;
    private int step;

    public FirstRunGuide(FirstRun firstRun, PrintoutSettings printouts, Backups backups, SettingsStore settings,
                         Path databaseFile, BackgroundTasks tasks, Messages messages, Consumer<Outcome> done) {
        this.firstRun = firstRun;
        this.printouts = printouts;
        this.backups = backups;
        this.settings = settings;
        this.tasks = tasks;
        this.m = messages;
        this.done = done;
        this.steps = new SetupSteps(databaseFile);
        root.getStyleClass().add("sign-in-page");
        root.setId("first-run");
        message.setId("setup-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                later();
            }
        });
        Theme.style(root);
        tasks.run(() -> new Loaded(printouts.letterhead(), settings.get(SettingsStore.CHC_NAME).orElse(""),
                backups.folder()), loaded -> {
            current = loaded.letterhead();
            steps.fill(loaded.letterhead(), loaded.chcName(), loaded.backups());
            showStep(0);
        });
    }

    private record Loaded(Letterhead letterhead, String chcName, Path backups) {
    }

    public Parent root() {
        return root;
    }

    private void showStep(int index) {
        step = index;
        message.setText("");
        Label counter = new Label(m.get("firstRun.stepOf", index + 1, SetupSteps.COUNT));
        counter.setId("setup-step");
        counter.getStyleClass().add("help-text");
        Label title = Forms.pageTitle(m.get(steps.titleKey(index)));
        title.setId("setup-title");
        Node body = steps.body(index, m, this::changeLanguage, this::chooseBackups);
        Button next = nextButton();
        VBox card = new VBox(16, new Label(m.get("firstRun.title")), counter, title, body, message, buttons(next));
        card.getStyleClass().add("form-section");
        card.setPadding(new Insets(28));
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().setAll(card);
        Platform.runLater(() -> steps.firstField(index).orElse(next).requestFocus());
    }

    private Button nextButton() {
        boolean last = step == SetupSteps.COUNT - 1;
        Button next = button(last ? "setup-finish" : "setup-next", last ? "firstRun.finish" : "firstRun.next");
        next.setDefaultButton(true);
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(event -> next());
        return next;
    }

    private HBox buttons(Button next) {
        Button later = button("setup-later", "firstRun.later");
        later.setAccessibleHelp(m.get("firstRun.later.help"));
        later.setOnAction(event -> later());
        Button back = button("setup-back", "firstRun.back");
        back.setDisable(step == 0);
        back.setOnAction(event -> showStep(step - 1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, later, spacer, back, next);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private Button button(String id, String key) {
        Button button = new Button(m.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }

    private void next() {
        var problem = steps.problem(step);
        if (problem.isPresent()) {
            message.setText(problem.get());
            steps.firstField(step).ifPresent(Node::requestFocus);
            return;
        }
        if (step < SetupSteps.COUNT - 1) {
            showStep(step + 1);
        } else {
            finish();
        }
    }

    private void finish() {
        Letterhead edited = steps.letterhead(current);
        var logo = steps.newLogo();
        boolean sample = steps.loadSample();
        tasks.run(() -> {
            printouts.save(edited, logo);
            firstRun.complete();
            return sample;
        }, withSample -> done.accept(withSample ? Outcome.FINISHED_WITH_SAMPLE : Outcome.FINISHED_EMPTY));
    }

    private void later() {
        tasks.run(() -> {
            firstRun.postpone();
            return Outcome.LATER;
        }, done);
    }

    private void changeLanguage(Locale locale) {
        m.setLocale(locale);
        tasks.run(() -> {
            settings.put(SettingsStore.LANGUAGE, locale.toLanguageTag());
            return locale;
        }, saved -> { });
        showStep(step);
    }

    private void chooseBackups(Path folder) {
        tasks.run(() -> {
            backups.chooseFolder(folder);
            return backups.folder();
        }, steps::showBackupFolder);
    }
}
