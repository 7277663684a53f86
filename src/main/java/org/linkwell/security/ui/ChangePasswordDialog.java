package org.linkwell.security.ui;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignInService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * The signed-in person's own password: the current one, then the new one twice. It stays open on a refusal, saying
 * what is wrong and where; it closes with {@code true} once the password is changed, with {@code false} when too many
 * wrong tries locked the login (and signed the person out).
 */
final class ChangePasswordDialog extends Dialog<Boolean> {
    private final PasswordField current = secret("account-current-password");
    private final PasswordField chosen = secret("account-new-password");
    private final PasswordField again = secret("account-new-password-again");
    private final Label message = new Label();

    ChangePasswordDialog(SignInService signIn, BackgroundTasks tasks, Messages messages, Consumer<Throwable> failed) {
        setTitle(messages.get("account.password.title"));
        setHeaderText(messages.get("account.password.help", org.linkwell.security.Passwords.MIN_LENGTH));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("signin.field.currentPassword"), current);
        Forms.row(grid, 1, messages.get("signin.field.newPassword"), chosen);
        Forms.row(grid, 2, messages.get("signin.field.newPasswordAgain"), again);
        message.setId("account-password-message");
        message.setWrapText(true);
        // Its height is measured at this width (the dialog's less its padding), so a long refusal takes two lines.
        message.setPrefWidth(470);
        message.getStyleClass().add(Styles.DANGER);
        getDialogPane().setContent(new VBox(12, grid, message));
        getDialogPane().setPrefWidth(520);
        ButtonType change = new ButtonType(messages.get("account.password.change"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(change, cancel);
        Button go = (Button) getDialogPane().lookupButton(change);
        go.setId("account-password-save");
        go.setDefaultButton(true);
        setResultConverter(button -> false);
        go.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            char[][] typed = {current.getText().toCharArray(), chosen.getText().toCharArray(),
                again.getText().toCharArray()};
            go.setDisable(true);
            tasks.run(() -> signIn.changeOwnPassword(typed[0], typed[1], typed[2]), result -> {
                wipe(typed);
                go.setDisable(false);
                answer(result, messages);
            }, failure -> {
                wipe(typed);
                go.setDisable(false);
                SignInCard.showRefusal(message, messages, failed, failure);
            });
        });
        // After the dialog has put the focus on its default button.
        setOnShown(event -> javafx.application.Platform.runLater(current::requestFocus));
    }

    private void answer(SignInResult result, Messages messages) {
        switch (result.outcome()) {
            case SIGNED_IN -> close(true);
            case WRONG_NAME_OR_PASSWORD -> {
                message.setText(messages.get("account.password.wrongCurrent", result.attemptsLeft()));
                current.clear();
                current.requestFocus();
            }
            case LOCKED, INACTIVE -> close(false);
        }
    }

    private void close(boolean changed) {
        setResultConverter(button -> changed);
        setResult(changed);
        hide();
    }

    private static void wipe(char[][] typed) {
        for (char[] secret : typed) {
            Arrays.fill(secret, '\0');
        }
    }

    private static PasswordField secret(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }
}
