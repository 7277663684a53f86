package org.linkwell.clients.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.clients.ClosureReason;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** Asks why a client's file is being closed; the answer is stored as "code" or "code: details". */
final class CloseClientDialog extends Dialog<String> {
    CloseClientDialog(Messages messages, String clientName) {
        setTitle(messages.get("client.closeDialog.title"));
        setHeaderText(messages.get("client.closeDialog.header", clientName));
        ComboBox<ClosureReason> reason = new ComboBox<>();
        reason.setId("close-reason");
        reason.getItems().setAll(ClosureReason.values());
        reason.setConverter(org.linkwell.ui.Converters.named(r -> messages.get(r.messageKey())));
        reason.setPromptText(messages.get("client.closeDialog.choose"));
        TextField details = new TextField();
        details.setId("close-details");
        details.setPromptText(messages.get("client.closeDialog.details.prompt"));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("client.closeDialog.reason"), reason);
        Forms.row(grid, 1, messages.get("client.closeDialog.details"), details);
        Label note = new Label(messages.get("client.closeDialog.note"));
        note.setWrapText(true);
        note.getStyleClass().add("help-text");
        getDialogPane().setContent(new VBox(12, grid, note));
        getDialogPane().setPrefWidth(520);
        ButtonType close = new ButtonType(messages.get("client.close"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(close, cancel);
        getDialogPane().lookupButton(close).setId("close-confirm");
        getDialogPane().lookupButton(close).disableProperty().bind(reason.valueProperty().isNull()
                .or(reason.valueProperty().isEqualTo(ClosureReason.OTHER).and(details.textProperty().isEmpty())));
        setResultConverter(button -> button == close ? reason.getValue().compose(details.getText()) : null);
        setOnShown(event -> reason.requestFocus());
    }
}
