package org.linkwell.clients.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** Adds a tag to the shared interest list, named in English and French; answers [english, french]. */
final class AddInterestDialog extends Dialog<List<String>> {
    AddInterestDialog(Messages messages) {
        setTitle(messages.get("interest.add.title"));
        setHeaderText(messages.get("interest.add.title"));
        TextField english = new TextField();
        english.setId("interest-label-en");
        TextField french = new TextField();
        french.setId("interest-label-fr");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("interest.labelEn"), english);
        Forms.row(grid, 1, messages.get("interest.labelFr"), french);
        Label help = new Label(messages.get("interest.add.help"));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        getDialogPane().setContent(new VBox(12, help, grid));
        getDialogPane().setPrefWidth(480);
        ButtonType add = new ButtonType(messages.get("interest.add.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(add, cancel);
        getDialogPane().lookupButton(add).setId("interest-add-confirm");
        getDialogPane().lookupButton(add).disableProperty()
                .bind(english.textProperty().isEmpty().or(french.textProperty().isEmpty()));
        setResultConverter(button -> button == add ? List.of(english.getText(), french.getText()) : null);
        setOnShown(event -> english.requestFocus());
    }
}
