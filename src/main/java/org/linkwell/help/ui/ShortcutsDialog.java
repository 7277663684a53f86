package org.linkwell.help.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.linkwell.core.Messages;
import org.linkwell.ui.Shortcut;

/** Help → Keyboard shortcuts: every row of the {@link Shortcut} registry, in the user's language. */
final class ShortcutsDialog extends Dialog<Void> {

    ShortcutsDialog(Messages messages) {
        setTitle(messages.get("shortcuts.title"));
        setHeaderText(messages.get("shortcuts.header"));
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getStylesheets().add(HelpMenu.STYLESHEET);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(16, 24, 8, 24));
        grid.addRow(0, heading(messages.get("shortcuts.column.keys")), heading(messages.get("shortcuts.column.action")));
        int row = 1;
        for (Shortcut shortcut : Shortcut.values()) {
            Label keys = new Label(shortcut.keysText(messages));
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(shortcut.description(messages));
            action.setWrapText(true);
            keys.setAccessibleText(shortcut.keysText(messages) + ": " + shortcut.description(messages));
            grid.addRow(row++, keys, action);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(660);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("about-name");
        return label;
    }
}
