package org.linkwell.security.ui;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.linkwell.core.Messages;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * The fields the sign-in screens share: user name and password with their check (on a plain file or an encrypted
 * one), and the first administrator's name, user name and password typed twice.
 */
final class SignInFields {
    private SignInFields() {
    }

    /** A form to put in a {@link SignInCard}: its fields, its button, and the field that takes the focus first. */
    record Form(GridPane grid, Button go, TextField first) {
    }

    /**
     * User name and password; {@code check} runs off the JavaFX thread, the password is cleared from the field
     * and from memory after it, and a refusal is explained in {@code message}.
     */
    static Form signIn(Messages messages, BackgroundTasks tasks, Label message,
                       BiFunction<String, char[], SignInResult> check, Consumer<SignedInUser> signedIn,
                       Consumer<Throwable> failed) {
        TextField username = new TextField();
        username.setId("signin-username");
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("signin.username"), username);
        Forms.row(grid, 1, messages.get("signin.password"), password);
        Button go = SignInCard.primary("signin-submit", messages.get("signin.signIn"));
        go.setOnAction(event -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            go.setDisable(true);
            tasks.run(() -> check.apply(username.getText(), typed), result -> {
                Arrays.fill(typed, '\0');
                go.setDisable(false);
                if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
                    signedIn.accept(result.user().orElseThrow());
                } else {
                    message.setText(SignInTexts.explain(messages, result));
                    password.requestFocus();
                }
            }, failure -> {
                go.setDisable(false);
                failed.accept(failure);
            });
        });
        return new Form(grid, go, username);
    }

    /** The first administrator: name, user name, and a password typed twice (rows 0 to 3 of {@code grid}). */
    static final class Administrator {
        final TextField name = field("setup-name");
        final TextField username = field("setup-username");
        final PasswordField password = secret("setup-password");
        final PasswordField again = secret("setup-password-again");

        Administrator(GridPane grid, Messages messages) {
            Forms.row(grid, 0, messages.get("setup.name"), name);
            Forms.row(grid, 1, messages.get("signin.username"), username);
            Forms.row(grid, 2, messages.get("signin.password"), password);
            Forms.row(grid, 3, messages.get("setup.passwordAgain"), again);
        }

        /** False (and says so, on the second password field) when the two passwords differ. */
        boolean passwordsMatch(Label message, Messages messages) {
            if (password.getText().equals(again.getText())) {
                return true;
            }
            message.setText(messages.get("setup.passwordsDiffer"));
            again.requestFocus();
            return false;
        }
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static PasswordField secret(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }
}
