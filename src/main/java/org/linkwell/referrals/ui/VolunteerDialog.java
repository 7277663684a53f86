package org.linkwell.referrals.ui;

import org.linkwell.ui.Converters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.programs.Program;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.ui.Forms;

/** A Health Champion's volunteer time, and their role in the program it was for. */
final class VolunteerDialog extends Dialog<VolunteerDialog.Entry> {
    record Entry(LocalDate on, int minutes, Optional<Program> program, Optional<HealthChampion.Role> role,
                 boolean trainingDone) {
    }

    VolunteerDialog(Messages messages, HealthChampion champion, List<Program> programs, LocalDate today) {
        setTitle(messages.get("champion.title"));
        setHeaderText(messages.get("champion.header", String.format(messages.locale(), "%.1f", champion.volunteerHours())));
        TextField date = new TextField(today.toString());
        date.setId("volunteer-date");
        TextField hours = new TextField();
        hours.setId("volunteer-hours");
        hours.setPromptText("1.5");
        ComboBox<Program> program = new ComboBox<>();
        program.setId("volunteer-program");
        program.getItems().add(null);
        program.getItems().addAll(programs);
        program.setConverter(Converters.named(Program::name));
        ComboBox<HealthChampion.Role> role = new ComboBox<>();
        role.setId("volunteer-role");
        role.getItems().add(null);
        role.getItems().addAll(HealthChampion.Role.values());
        role.setConverter(Converters.named(r -> messages.get("champion.role." + r.code())));
        role.disableProperty().bind(program.valueProperty().isNull());
        CheckBox training = new CheckBox(messages.get("champion.training"));
        training.setSelected(champion.trainingDone());
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("champion.date"), date);
        Forms.row(grid, 1, messages.get("champion.hours"), hours);
        Forms.row(grid, 2, messages.get("champion.program"), program);
        Forms.row(grid, 3, messages.get("champion.role"), role);
        Forms.row(grid, 4, "", training);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        getDialogPane().setContent(new VBox(10, grid, problem));
        getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("volunteer-save");
        Entry[] result = new Entry[1];
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                LocalDate on = LocalDate.parse(date.getText().strip());
                int minutes = (int) Math.round(Double.parseDouble(hours.getText().strip().replace(',', '.')) * 60);
                if (minutes <= 0 || minutes > 24 * 60 || on.isAfter(today)) {
                    throw new IllegalArgumentException();
                }
                result[0] = new Entry(on, minutes, Optional.ofNullable(program.getValue()),
                        Optional.ofNullable(role.getValue()), training.isSelected());
            } catch (RuntimeException e) {
                problem.setText(messages.get("champion.invalid"));
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? result[0] : null);
    }
}
