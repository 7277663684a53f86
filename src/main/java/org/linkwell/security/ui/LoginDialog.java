package org.linkwell.security.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.linkwell.core.Messages;
import org.linkwell.referrals.StaffMember;
import org.linkwell.ui.Converters;
import org.linkwell.ui.Forms;

/** A login for a staff member already in the directory, or for a new person added with it. */
final class LoginDialog extends Dialog<LoginDialog.NewLogin> {
    record NewLogin(StaffMember staff, String username, char[] password) {
    }

    private static final StaffMember NEW_PERSON = StaffMember.of("", StaffMember.Role.NAVIGATOR, Optional.empty());

    LoginDialog(Messages messages, List<StaffMember> withoutLogin) {
        setTitle(messages.get("accounts.add"));
        setHeaderText(messages.get("accounts.add.help"));
        ComboBox<StaffMember> who = new ComboBox<>();
        who.setId("login-staff");
        who.getItems().add(NEW_PERSON);
        who.getItems().addAll(withoutLogin);
        who.setValue(NEW_PERSON);
        who.setConverter(Converters.named(staff -> staff == NEW_PERSON ? messages.get("accounts.newPerson")
                : staff.name() + " (" + messages.get("staffRole." + staff.role().code()) + ")"));
        TextField name = new TextField();
        name.setId("login-name");
        ComboBox<StaffMember.Role> role = new ComboBox<>();
        role.setId("login-role");
        role.getItems().setAll(StaffMember.Role.values());
        role.setValue(StaffMember.Role.NAVIGATOR);
        role.setConverter(Converters.named(r -> messages.get("staffRole." + r.code())));
        name.disableProperty().bind(who.valueProperty().isNotEqualTo(NEW_PERSON));
        role.disableProperty().bind(who.valueProperty().isNotEqualTo(NEW_PERSON));
        TextField username = new TextField();
        username.setId("login-username");
        PasswordField password = new PasswordField();
        password.setId("login-password");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("accounts.staff"), who);
        Forms.row(grid, 1, messages.get("setup.name"), name);
        Forms.row(grid, 2, messages.get("accounts.role"), role);
        Forms.row(grid, 3, messages.get("signin.username"), username);
        Forms.row(grid, 4, messages.get("accounts.firstPassword"), password);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(520);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().lookupButton(save).setId("login-save");
        setResultConverter(button -> button != save ? null : new NewLogin(who.getValue() == NEW_PERSON
                ? StaffMember.of(name.getText().strip(), role.getValue(), Optional.empty()) : who.getValue(),
                username.getText(), password.getText().toCharArray()));
    }
}
