package org.linkwell.surveys.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.InstrumentDefinitionException;
import org.linkwell.surveys.InstrumentErrors;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.Surveys;
import org.linkwell.surveys.WheelDomains;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Forms;

/**
 * Settings → Instruments: the instruments in use, loading a CHC's own definition file (refused with the line
 * and the problem), the Wheel of Life's domains (saved as a new version), and the survey schedule.
 */
public final class InstrumentSettings {
    private final Surveys surveys;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final SurveyTexts texts;
    private final InstrumentList list;
    private final TextField file = new TextField();
    private final Label loadResult = result("instrument-load-result");
    private final TextArea domains = new TextArea();
    private final Label wheelResult = result("wheel-result");
    private final TextField months = new TextField();
    private final FlowPane scheduled = new FlowPane(10, 6);
    private final Label scheduleResult = result("schedule-result");
    private final VBox view;

    public InstrumentSettings(Surveys surveys, BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.surveys = surveys;
        this.tasks = tasks;
        this.errors = errors;
        this.texts = new SurveyTexts(messages);
        this.list = new InstrumentList(texts, surveys.instruments()::isShipped);
        file.setId("instrument-file");
        file.setPromptText(messages.get("instruments.file.prompt"));
        file.setAccessibleText(messages.get("instruments.file.prompt"));
        HBox.setHgrow(file, javafx.scene.layout.Priority.ALWAYS);
        Button browse = new Button(messages.get("instruments.browse"));
        browse.setId("instrument-browse");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("instruments.file.kind"), "*.json"));
            java.io.File chosen = chooser.showOpenDialog(file.getScene() == null ? null : file.getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.getAbsolutePath());
            }
        });
        Button load = new Button(messages.get("instruments.load"));
        load.setId("instrument-load");
        load.setOnAction(event -> load());
        HBox loading = new HBox(8, file, browse, load);
        loading.setAlignment(Pos.CENTER_LEFT);
        Label loadHelp = help(messages.get("instruments.load.help"));

        domains.setId("wheel-domains");
        domains.setAccessibleText(messages.get("instruments.wheel.title"));
        domains.setAccessibleHelp(messages.get("instruments.wheel.help"));
        domains.setPrefRowCount(9);
        Button saveWheel = new Button(messages.get("instruments.wheel.save"));
        saveWheel.setId("wheel-save");
        saveWheel.setOnAction(event -> saveWheel());

        months.setId("schedule-months");
        months.setPrefColumnCount(10);
        months.setMaxWidth(220);
        Button saveSchedule = new Button(messages.get("instruments.schedule.save"));
        saveSchedule.setId("schedule-save");
        saveSchedule.setOnAction(event -> saveSchedule());
        GridPane schedule = Forms.grid();
        Forms.row(schedule, 0, messages.get("instruments.schedule.months"), months);
        Forms.row(schedule, 1, messages.get("instruments.schedule.instruments"), scheduled);

        view = new VBox(20,
                Forms.section(messages.get("instruments.title"), list.view()),
                Forms.section(messages.get("instruments.load.title"), new VBox(8, loadHelp, loading, loadResult)),
                Forms.section(messages.get("instruments.wheel.title"), new VBox(8,
                        help(messages.get("instruments.wheel.help")), domains, saveWheel, wheelResult)),
                Forms.section(messages.get("instruments.schedule.title"), new VBox(8,
                        help(messages.get("instruments.schedule.help")), schedule, saveSchedule, scheduleResult)));
        view.setId("instrument-settings");
        refresh();
    }

    public Node view() {
        return view;
    }

    private static Label result(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        return label;
    }

    private static Label help(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("help-text");
        return label;
    }

    private record Loaded(List<InstrumentDefinition> all, InstrumentDefinition wheel, ScheduleSettings schedule) {
    }

    private void refresh() {
        tasks.run(() -> new Loaded(surveys.instruments().all(),
                surveys.instruments().latest("wheel-of-life").orElseThrow(), surveys.responses().schedule()), loaded -> {
                    list.show(loaded.all());
                    domains.setText(WheelDomains.of(loaded.wheel()).stream().map(d -> d.english() + " | " + d.french())
                            .collect(Collectors.joining("\n")));
                    months.setText(loaded.schedule().monthsText());
                    scheduled.getChildren().setAll(loaded.all().stream().map(InstrumentDefinition::id).distinct()
                            .map(id -> {
                                CheckBox box = new CheckBox(surveys.instruments().latest(id).map(texts::shortName).orElse(id));
                                box.setId("schedule-instrument-" + id);
                                box.setUserData(id);
                                box.setSelected(loaded.schedule().instrumentIds().contains(id));
                                return box;
                            }).toList());
                });
    }

    private void load() {
        String path = file.getText().strip();
        if (path.isEmpty()) {
            say(loadResult, texts.messages().get("instruments.file.none"), false);
            return;
        }
        tasks.run(() -> surveys.instruments().load(Path.of(path)), loaded -> {
            say(loadResult, texts.messages().get("instruments.loaded", texts.name(loaded), loaded.version()), true);
            refresh();
        }, failure -> refused(loadResult, failure));
    }

    private void saveWheel() {
        List<WheelDomains.Domain> given = new ArrayList<>();
        for (String line : domains.getText().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] names = line.split("\\|", 2);
            given.add(new WheelDomains.Domain(names[0].strip(), names.length > 1 ? names[1].strip() : ""));
        }
        tasks.run(() -> {
            InstrumentDefinition wheel = surveys.instruments().latest("wheel-of-life").orElseThrow();
            return surveys.instruments().save(WheelDomains.withDomains(wheel,
                    surveys.instruments().nextVersion(wheel.id()), given));
        }, saved -> {
            say(wheelResult, texts.messages().get("instruments.wheel.saved", saved.version()), true);
            refresh();
        }, failure -> refused(wheelResult, failure));
    }

    private void saveSchedule() {
        List<String> ids = scheduled.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                .map(box -> (String) box.getUserData()).toList();
        var parsed = ScheduleSettings.parseMonths(months.getText());
        if (parsed.isEmpty()) {
            say(scheduleResult, texts.messages().get("validation.survey.months", ScheduleSettings.MAX_MONTHS), false);
            return;
        }
        tasks.run(() -> {
            surveys.responses().saveSchedule(new ScheduleSettings(parsed.get(), ids));
            return ids;
        }, saved -> say(scheduleResult, texts.messages().get("instruments.schedule.saved"), true),
                failure -> refused(scheduleResult, failure));
    }

    private void refused(Label where, Throwable failure) {
        if (failure instanceof InstrumentDefinitionException bad) {
            say(where, InstrumentErrors.describe(texts.messages(), bad), false);
        } else if (failure instanceof ValidationException invalid) {
            var first = invalid.errors().get(0);
            say(where, texts.messages().get(first.messageKey(), first.args()), false);
        } else if (failure instanceof java.io.UncheckedIOException || failure instanceof java.nio.file.InvalidPathException) {
            say(where, texts.messages().get("instruments.file.unreadable", file.getText().strip()), false);
        } else {
            errors.report(failure);
        }
    }

    private static void say(Label where, String text, boolean good) {
        where.setText(text);
        where.getStyleClass().removeAll("banner-error", "help-text");
        where.getStyleClass().add(good ? "help-text" : "banner-error");
        where.setVisible(true);
    }
}
