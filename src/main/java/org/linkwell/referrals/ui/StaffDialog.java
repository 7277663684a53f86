package org.linkwell.referrals.ui;

import org.linkwell.ui.Converters;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.linkwell.core.Messages;
import org.linkwell.referrals.StaffMember;
import org.linkwell.ui.Forms;

/** Adds a prescriber, navigator or other staff member to the directory. */
final class StaffDialog extends Dialog<StaffMember> {
    StaffDialog(Messages messages) {
        setTitle(messages.get("staff.add"));
        setHeaderText(messages.get("staff.add"));
        TextField name = new TextField();
        name.setId("staff-name");
        ComboBox<StaffMember.Role> role = new ComboBox<>();
        role.setId("staff-role");
        role.getItems().setAll(StaffMember.Role.values());
        role.setValue(StaffMember.Role.PRESCRIBER);
        role.setConverter(Converters.named(r -> messages.get("staffRole." + r.code())));
        ComboBox<StaffMember.Discipline> discipline = new ComboBox<>();
        discipline.getItems().add(null);
        discipline.getItems().addAll(StaffMember.Discipline.values());
        discipline.setConverter(Converters.named(d -> messages.get("discipline." + d.code())));
        TextField phone = new TextField();
        TextField email = new TextField();
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("staff.name"), name);
        Forms.row(grid, 1, messages.get("staff.role"), role);
        Forms.row(grid, 2, messages.get("staff.discipline"), discipline);
        Forms.row(grid, 3, messages.get("client.phone"), phone);
        Forms.row(grid, 4, messages.get("client.email"), email);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(480);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().lookupButton(save).setId("staff-save");
        getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().isEmpty());
        setResultConverter(button -> button == save ? new StaffMember(0, 0, name.getText().strip(), role.getValue(),
                Optional.ofNullable(discipline.getValue()), phone.getText().strip(), email.getText().strip(), true) : null);
    }
}
