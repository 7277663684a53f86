package org.linkwell.help.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.linkwell.Version;
import org.linkwell.core.AppPaths;
import org.linkwell.core.Messages;

/** Help → About: what is installed and where the data and logs are, for the user and for support. */
final class AboutDialog extends Dialog<Void> {

    AboutDialog(Messages messages, Path dataFile, Runnable openGuide) {
        setTitle(messages.get("about.title"));
        setHeaderText(messages.get("about.header", Version.current()));
        getDialogPane().setId("about-dialog");
        getDialogPane().getStylesheets().add(HelpMenu.STYLESHEET);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(16, 24, 8, 24));
        int row = 0;
        grid.addRow(row++, name(messages, "about.version"), value("about-version", Version.current()));
        grid.addRow(row++, name(messages, "about.licence"), value("about-licence", Version.licence()));
        grid.addRow(row++, name(messages, "about.java"), value("about-java",
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
        grid.addRow(row++, name(messages, "about.javafx"), value("about-javafx",
                System.getProperty("javafx.runtime.version", "?")));
        grid.addRow(row++, name(messages, "about.dataFile"), path("about-data-file", dataFile));
        grid.addRow(row++, name(messages, "about.logFolder"), path("about-log-folder", AppPaths.logFolder()));
        Hyperlink guide = new Hyperlink(messages.get("about.openGuide"));
        guide.setId("about-open-guide");
        guide.setOnAction(event -> {
            close();
            openGuide.run();
        });
        grid.addRow(row, name(messages, "about.guide"), guide);
        Label privacy = new Label(messages.get("about.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("about-note");
        grid.add(privacy, 0, row + 1, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(640);
    }

    private static Label name(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("about-name");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    /** Paths are read-only fields, so the user can select and copy them for support. */
    private static Node path(String id, Path path) {
        TextField field = new TextField(path.toAbsolutePath().toString());
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(40);
        field.setAccessibleText(path.toAbsolutePath().toString());
        return field;
    }
}
