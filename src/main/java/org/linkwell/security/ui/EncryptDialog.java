package org.linkwell.security.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.KeyFile;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** Asks what encrypting an existing file needs: the administrator's password, the new setup passphrase twice. */
final class EncryptDialog extends Dialog<EncryptDialog.Request> {
    record Request(char[] password, char[] passphrase, boolean keepPlainBackup) {
    }

    EncryptDialog(Messages messages) {
        setTitle(messages.get("encryption.title"));
        setHeaderText(messages.get("encryption.encrypt").replace("…", ""));
        Label help = new Label(messages.get("encryption.dialog.help", KeyFile.MIN_PASSPHRASE_LENGTH));
        help.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("encrypt-password");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("encrypt-passphrase");
        PasswordField again = new PasswordField();
        again.setId("encrypt-passphrase-again");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("encryption.yourPassword"), password);
        Forms.row(grid, 1, messages.get("setup.passphrase"), passphrase);
        Forms.row(grid, 2, messages.get("setup.passphraseAgain"), again);
        Label differ = new Label(messages.get("setup.passphrasesDiffer"));
        differ.setId("encrypt-differ");
        differ.setWrapText(true);
        differ.visibleProperty().bind(again.textProperty().isNotEmpty()
                .and(again.textProperty().isNotEqualTo(passphrase.textProperty())));
        differ.managedProperty().bind(differ.visibleProperty());
        CheckBox keep = new CheckBox(messages.get("encryption.keepPlain"));
        keep.setId("encrypt-keep-plain");
        Label keepWarning = new Label(messages.get("encryption.keepPlain.warning"));
        keepWarning.setWrapText(true);
        keepWarning.getStyleClass().add("help-text");
        for (Label wrapped : new Label[] {help, differ, keepWarning}) {
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getDialogPane().setContent(new VBox(12, help, grid, differ, keep, keepWarning));
        getDialogPane().setPrefWidth(600);
        ButtonType encrypt = new ButtonType(messages.get("encryption.encrypt").replace("…", ""),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(encrypt, cancel);
        getDialogPane().lookupButton(encrypt).setId("encrypt-submit");
        BooleanBinding ready = password.textProperty().isNotEmpty()
                .and(Bindings.length(passphrase.textProperty()).greaterThanOrEqualTo(KeyFile.MIN_PASSPHRASE_LENGTH))
                .and(again.textProperty().isEqualTo(passphrase.textProperty()));
        getDialogPane().lookupButton(encrypt).disableProperty().bind(ready.not());
        setResultConverter(button -> button != encrypt ? null : new Request(password.getText().toCharArray(),
                passphrase.getText().toCharArray(), keep.isSelected()));
        javafx.application.Platform.runLater(password::requestFocus);
    }
}
