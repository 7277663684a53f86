package org.linkwell.referrals.ui;

import org.linkwell.ui.Converters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.referrals.Encounter;
import org.linkwell.ui.Forms;

/** Records a contact with the client and the next step agreed. */
final class EncounterDialog extends Dialog<Encounter> {
    EncounterDialog(Messages messages, long clientId, Optional<Long> referralId, Optional<Long> navigatorId, LocalDate today) {
        setTitle(messages.get("encounter.new"));
        setHeaderText(messages.get("encounter.new"));
        TextField date = new TextField(today.toString());
        date.setId("encounter-date");
        ComboBox<Encounter.Mode> mode = new ComboBox<>();
        mode.setId("encounter-mode");
        mode.getItems().setAll(Encounter.Mode.values());
        mode.setValue(Encounter.Mode.PHONE);
        mode.setConverter(Converters.named(m -> messages.get(m.messageKey())));
        TextField minutes = new TextField("15");
        minutes.setId("encounter-minutes");
        TextArea notes = new TextArea();
        notes.setId("encounter-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        TextField nextStep = new TextField();
        nextStep.setId("encounter-next-step");
        TextField due = new TextField();
        due.setId("encounter-due");
        due.setPromptText(messages.get("date.prompt"));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("encounter.date"), date);
        Forms.row(grid, 1, messages.get("encounter.mode"), mode);
        Forms.row(grid, 2, messages.get("encounter.minutes"), minutes);
        Forms.row(grid, 3, messages.get("encounter.notes"), notes);
        Forms.row(grid, 4, messages.get("encounter.nextStep"), nextStep);
        Forms.row(grid, 5, messages.get("encounter.due"), due);
        Label problems = new Label();
        problems.setId("encounter-problems");
        problems.getStyleClass().add("banner-error");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        getDialogPane().setContent(new VBox(10, problems, grid));
        getDialogPane().setPrefWidth(620);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("encounter-save");
        Encounter[] result = new Encounter[1];
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            StringBuilder found = new StringBuilder();
            LocalDate on = parse(date.getText(), found, messages).orElse(today);
            Optional<LocalDate> dueOn = due.getText().isBlank() ? Optional.empty() : parse(due.getText(), found, messages);
            int length = 0;
            try {
                length = Integer.parseInt(minutes.getText().strip());
            } catch (NumberFormatException e) {
                found.append(messages.get("validation.encounter.minutes")).append('\n');
            }
            if (!nextStep.getText().isBlank() && dueOn.isEmpty() && due.getText().isBlank()) {
                found.append(messages.get("validation.encounter.due"));
            }
            problems.setText(found.toString().strip());
            problems.setVisible(found.length() > 0);
            if (found.length() > 0) {
                event.consume();
                return;
            }
            result[0] = new Encounter(0, 0, clientId, referralId, navigatorId, on, mode.getValue(), length,
                    notes.getText().strip(), nextStep.getText().strip(), dueOn, false);
        });
        setResultConverter(button -> button == save ? result[0] : null);
    }

    private static Optional<LocalDate> parse(String text, StringBuilder found, Messages messages) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            found.append(messages.get("validation.date.format")).append('\n');
            return Optional.empty();
        }
    }
}
