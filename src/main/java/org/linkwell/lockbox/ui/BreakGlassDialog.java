package org.linkwell.lockbox.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.linkwell.core.Messages;
import org.linkwell.lockbox.BreakGlassKind;
import org.linkwell.lockbox.LockboxService;
import org.linkwell.ui.Converters;
import org.linkwell.ui.Forms;

/** Asks why the person must look past the client's lockbox, and warns that the look is logged and reviewed. */
final class BreakGlassDialog extends Dialog<BreakGlassDialog.Request> {
    record Request(BreakGlassKind kind, String reason) {
    }

    BreakGlassDialog(Messages messages) {
        setTitle(messages.get("lockbox.glass.title"));
        setHeaderText(messages.get("lockbox.glass.header"));
        Label warning = new Label(messages.get("lockbox.glass.warning"), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.setId("glass-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.getStyleClass().add("banner-warning");
        ComboBox<BreakGlassKind> kind = new ComboBox<>();
        kind.setId("glass-kind");
        kind.getItems().setAll(BreakGlassKind.values());
        kind.setConverter(Converters.named(k -> messages.get(k.messageKey())));
        kind.setMaxWidth(Double.MAX_VALUE);
        TextArea reason = new TextArea();
        reason.setId("glass-reason");
        reason.setPromptText(messages.get("lockbox.glass.reason.prompt"));
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lockbox.glass.kind"), kind);
        Forms.row(grid, 1, messages.get("lockbox.glass.reason"), reason);
        Label problem = new Label(messages.get("lockbox.glass.reasonTooShort", LockboxService.REASON_MIN_LENGTH));
        problem.setId("glass-problem");
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        getDialogPane().setContent(new VBox(12, warning, grid, problem));
        getDialogPane().setPrefWidth(560);
        ButtonType ok = new ButtonType(messages.get("lockbox.glass.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("glass-confirm");
        okButton.setDefaultButton(false);
        okButton.disableProperty().bind(kind.valueProperty().isNull());
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            boolean tooShort = reason.getText().strip().length() < LockboxService.REASON_MIN_LENGTH;
            problem.setVisible(tooShort);
            if (tooShort) {
                reason.requestFocus();
                event.consume();
            }
        });
        setResultConverter(button -> button == ok ? new Request(kind.getValue(), reason.getText().strip()) : null);
    }
}
