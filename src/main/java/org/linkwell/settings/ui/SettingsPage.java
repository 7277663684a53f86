package org.linkwell.settings.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.ui.Converters;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Page;

/** Settings: the language (applied at once and remembered), where the data lives, sample data. */
public final class SettingsPage implements Page {
    private final ScrollPane view;
    private final VBox content;

    public SettingsPage(Messages messages, Path databaseFile, Consumer<Locale> changeLanguage, Runnable loadSampleData,
                        Node... featureSections) {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setValue(messages.locale());
        language.setConverter(Converters.named(locale -> messages.get("settings.language." + locale.getLanguage())));
        language.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(messages.locale())) {
                changeLanguage.accept(chosen);
            }
        });

        TextField dataFile = new TextField(databaseFile.toString());
        dataFile.setEditable(false);
        dataFile.setId("settings-data-file");
        dataFile.setPrefColumnCount(40);
        Label dataHelp = new Label(messages.get("settings.dataFile.help"));
        dataHelp.setWrapText(true);
        dataHelp.getStyleClass().add("help-text");

        Button sample = new Button(messages.get("settings.sampleData.load"));
        sample.setId("settings-load-sample");
        sample.setOnAction(event -> loadSampleData.run());
        Label sampleHelp = new Label(messages.get("settings.sampleData.help"));
        sampleHelp.setWrapText(true);
        sampleHelp.getStyleClass().add("help-text");

        GridPane general = Forms.grid();
        Forms.row(general, 0, messages.get("settings.language"), language);
        GridPane data = Forms.grid();
        Forms.row(data, 0, messages.get("settings.dataFile"), dataFile);
        data.add(dataHelp, 1, 1);

        content = new VBox(20,
                Forms.pageTitle(messages.get("nav.settings")),
                Forms.section(messages.get("settings.general"), general),
                Forms.section(messages.get("settings.data"), data),
                Forms.section(messages.get("settings.sampleData"), new VBox(8, sampleHelp, sample)));
        content.getChildren().addAll(featureSections);
        content.setPadding(new Insets(24));
        content.setMaxWidth(820);
        view = new ScrollPane(content);
        view.setFitToWidth(true);
    }

    /** For people who are not administrators: the language only (the data file and its sample are not theirs). */
    public SettingsPage languageOnly() {
        content.getChildren().remove(2, content.getChildren().size());
        return this;
    }

    /** Adds a feature's own section (backups, printouts, instruments, ...) below the general ones. */
    public SettingsPage addSection(Node section) {
        content.getChildren().add(section);
        return this;
    }

    @Override
    public Node view() {
        return view;
    }
}
