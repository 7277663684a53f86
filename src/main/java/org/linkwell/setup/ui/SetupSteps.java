package org.linkwell.setup.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.linkwell.core.Messages;
import org.linkwell.printing.Letterhead;
import org.linkwell.ui.Forms;

/** The guide's answers and the form of each step; the fields live as long as the guide, across a change of language. */
final class SetupSteps {
    static final int ORGANISATION = 0;
    static final int LANGUAGE = 1;
    static final int DATA = 2;
    static final int START = 3;
    static final int TOUR = 4;
    static final int COUNT = 5;

    private final TextField name = field("setup-chc-name");
    private final TextField address = field("setup-chc-address");
    private final TextField phone = field("setup-chc-phone");
    private final TextField dataFile = readOnly("setup-data-file");
    private final TextField backupFolder = readOnly("setup-backup-folder");
    private Optional<Path> logo = Optional.empty();
    private boolean loadSample;
    private Messages m;

    SetupSteps(Path databaseFile) {
        dataFile.setText(databaseFile.toAbsolutePath().toString());
    }

    /** The name stays empty until the CHC gives one, rather than showing the printouts' stand-in name. */
    void fill(Letterhead letterhead, String chcName, Path backups) {
        name.setText(chcName);
        address.setText(letterhead.address());
        phone.setText(letterhead.phone());
        backupFolder.setText(backups.toString());
    }

    String titleKey(int step) {
        return "firstRun.step" + (step + 1) + ".title";
    }

    /** The step's form; {@code first} receives the control that takes the focus. */
    Node body(int step, Messages messages, Consumer<Locale> changeLanguage, Consumer<Path> chooseBackups) {
        this.m = messages;
        return switch (step) {
            case ORGANISATION -> organisation();
            case LANGUAGE -> language(changeLanguage);
            case DATA -> data(chooseBackups);
            case START -> start();
            default -> TourView.tour(messages);
        };
    }

    Optional<Node> firstField(int step) {
        return switch (step) {
            case ORGANISATION -> Optional.of(name);
            case DATA -> Optional.of(dataFile);
            default -> Optional.empty();
        };
    }

    /** What is wrong on this step, in words, or empty when the user may go on. */
    Optional<String> problem(int step) {
        if (step == ORGANISATION && name.getText().isBlank()) {
            return Optional.of(m.get("firstRun.name.missing"));
        }
        return Optional.empty();
    }

    Letterhead letterhead(Letterhead current) {
        return new Letterhead(name.getText(), address.getText(), phone.getText(), current.logo(), current.paper(),
                current.defaultPrinter());
    }

    Optional<Path> newLogo() {
        return logo;
    }

    boolean loadSample() {
        return loadSample;
    }

    void showBackupFolder(Path folder) {
        backupFolder.setText(folder.toString());
    }

    private Node organisation() {
        Label logoName = new Label(logo.map(p -> p.getFileName().toString()).orElse(m.get("settings.printing.logo.none")));
        Button chooseLogo = new Button(m.get("firstRun.logo.choose"));
        chooseLogo.setId("setup-logo");
        chooseLogo.setAccessibleHelp(m.get("firstRun.logo.help"));
        chooseLogo.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("settings.printing.logo"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG", "*.png", "*.jpg", "*.jpeg"));
            Optional.ofNullable(chooser.showOpenDialog(chooseLogo.getScene().getWindow())).map(File::toPath)
                    .ifPresent(file -> {
                        logo = Optional.of(file);
                        logoName.setText(file.getFileName().toString());
                    });
        });
        HBox logoRow = new HBox(10, logoName, chooseLogo);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, m.get("settings.printing.name"), name);
        Forms.row(grid, 1, m.get("settings.printing.address"), address);
        Forms.row(grid, 2, m.get("settings.printing.phone"), phone);
        Forms.row(grid, 3, m.get("settings.printing.logo"), logoRow);
        return new VBox(14, help("firstRun.step1.help"), grid);
    }

    private Node language(Consumer<Locale> changeLanguage) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(10);
        for (Locale locale : Messages.SUPPORTED) {
            RadioButton choice = new RadioButton(m.get("settings.language." + locale.getLanguage()));
            choice.setId("setup-language-" + locale.getLanguage());
            choice.setToggleGroup(group);
            choice.setSelected(locale.getLanguage().equals(m.locale().getLanguage()));
            choice.setOnAction(event -> changeLanguage.accept(locale));
            choices.getChildren().add(choice);
        }
        return new VBox(14, help("firstRun.step2.help"), choices);
    }

    private Node data(Consumer<Path> chooseBackups) {
        Button choose = new Button(m.get("settings.backup.choose"));
        choose.setId("setup-backup-choose");
        choose.setAccessibleHelp(m.get("firstRun.backups.help"));
        choose.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("settings.backup.choose"));
            File current = new File(backupFolder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            Optional.ofNullable(chooser.showDialog(choose.getScene().getWindow())).map(File::toPath)
                    .ifPresent(chooseBackups);
        });
        HBox backupRow = new HBox(10, backupFolder, choose);
        HBox.setHgrow(backupFolder, javafx.scene.layout.Priority.ALWAYS);
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, m.get("firstRun.dataFile"), dataFile);
        Forms.row(grid, 1, m.get("firstRun.backupFolder"), backupRow);
        backupFolder.setAccessibleText(m.get("firstRun.backupFolder"));
        return new VBox(14, help("firstRun.step3.help"), grid, help("firstRun.backups.help"));
    }

    private Node start() {
        ToggleGroup group = new ToggleGroup();
        RadioButton empty = new RadioButton(m.get("firstRun.start.empty"));
        empty.setId("setup-start-empty");
        RadioButton sample = new RadioButton(m.get("firstRun.start.sample"));
        sample.setId("setup-start-sample");
        sample.setAccessibleHelp(m.get("sample.offer.text"));
        empty.setToggleGroup(group);
        sample.setToggleGroup(group);
        (loadSample ? sample : empty).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> loadSample = now == sample);
        Label sampleHelp = help("firstRun.start.sample.help");
        sampleHelp.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        return new VBox(12, help("firstRun.step4.help"), empty, sample, sampleHelp);
    }

    private Label help(String key) {
        Label help = new Label(m.get(key));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        return help;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(30);
        return field;
    }

    private static TextField readOnly(String id) {
        TextField field = field(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        return field;
    }
}
