package org.linkwell.referrals.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** Moves a referral or a prescription to one of the statuses its lifecycle allows next, with a reason. */
final class StatusDialog<S> extends Dialog<StatusDialog.Choice<S>> {
    record Choice<S>(S status, String reason) {
    }

    StatusDialog(Messages messages, String header, List<S> allowed, Function<S, String> label, Predicate<S> needsReason) {
        setTitle(messages.get("status.dialog.title"));
        setHeaderText(header);
        ComboBox<S> status = new ComboBox<>();
        status.setId("status-choice");
        status.getItems().setAll(allowed);
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(S value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public S fromString(String text) {
                return null;
            }
        });
        TextField reason = new TextField();
        reason.setId("status-reason");
        reason.setPromptText(messages.get("status.dialog.reason.prompt"));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("status.dialog.status"), status);
        Forms.row(grid, 1, messages.get("status.dialog.reason"), reason);
        Label problem = new Label(messages.get("validation.referral.statusReason"));
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        getDialogPane().setContent(new VBox(10, grid, problem));
        getDialogPane().setPrefWidth(520);
        ButtonType ok = new ButtonType(messages.get("status.dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("status-confirm");
        okButton.disableProperty().bind(status.valueProperty().isNull());
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            boolean missing = status.getValue() != null && needsReason.test(status.getValue()) && reason.getText().isBlank();
            problem.setVisible(missing);
            if (missing) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ok ? new Choice<>(status.getValue(), reason.getText().strip()) : null);
        if (allowed.size() == 1) {
            status.setValue(allowed.get(0));
        }
    }
}
