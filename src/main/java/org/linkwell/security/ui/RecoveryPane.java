package org.linkwell.security.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.linkwell.core.Messages;
import org.linkwell.security.PassphraseRecovery;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/** After the setup passphrase opened the file: an administrator chooses a new password and is signed in. */
public final class RecoveryPane {
    private final StackPane root = SignInCard.page();
    private final Label message = SignInCard.message();

    public RecoveryPane(PassphraseRecovery recovery, char[] passphrase, BackgroundTasks tasks, Messages messages,
                        Consumer<SignedInUser> signedIn, Consumer<Throwable> failed) {
        TextField username = new TextField();
        username.setId("recovery-username");
        PasswordField password = new PasswordField();
        password.setId("recovery-password");
        PasswordField again = new PasswordField();
        again.setId("recovery-password-again");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("signin.username"), username);
        Forms.row(grid, 1, messages.get("recovery.newPassword"), password);
        Forms.row(grid, 2, messages.get("setup.passwordAgain"), again);
        Button go = SignInCard.primary("recovery-submit", messages.get("recovery.submit"));
        go.setOnAction(event -> {
            if (!password.getText().equals(again.getText())) {
                message.setText(messages.get("setup.passwordsDiffer"));
                again.requestFocus();
                return;
            }
            char[] typed = password.getText().toCharArray();
            go.setDisable(true);
            tasks.run(() -> recovery.resetAdministrator(passphrase, username.getText(), typed), user -> {
                Arrays.fill(passphrase, '\0');
                signedIn.accept(user);
            }, failure -> {
                go.setDisable(false);
                SignInCard.showRefusal(message, messages, failed, failure);
            });
        });
        root.getChildren().setAll(SignInCard.card(messages, messages.get("recovery.title"),
                messages.get("recovery.help"), grid, message, go));
        Platform.runLater(username::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
