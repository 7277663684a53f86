package org.linkwell.security.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.linkwell.core.Messages;
import org.linkwell.security.LockedDataFile;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * Sign-in to an encrypted data file: the typed password opens the file, then signs the person in. A link
 * leads to the setup passphrase, the recovery key, when no password fits.
 */
public final class UnlockPane {
    private final LockedDataFile file;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<SignedInUser> signedIn;
    private final Consumer<char[]> unlockedWithPassphrase;
    private final Consumer<Throwable> failed;
    private final StackPane root = SignInCard.page();
    private final Label message = SignInCard.message();

    public UnlockPane(LockedDataFile file, BackgroundTasks tasks, Messages messages, Consumer<SignedInUser> signedIn,
                      Consumer<char[]> unlockedWithPassphrase, Consumer<Throwable> failed) {
        this.failed = failed;
        this.file = file;
        this.tasks = tasks;
        this.messages = messages;
        this.signedIn = signedIn;
        this.unlockedWithPassphrase = unlockedWithPassphrase;
        showSignIn();
    }

    public Parent root() {
        return root;
    }

    private void showSignIn() {
        message.setText("");
        SignInFields.Form form = SignInFields.signIn(messages, tasks, message, file::signIn, signedIn, failed);
        Hyperlink forgot = new Hyperlink(messages.get("unlock.forgot"));
        forgot.setId("unlock-forgot");
        forgot.setOnAction(event -> showPassphrase());
        root.getChildren().setAll(SignInCard.card(messages, messages.get("signin.title"), messages.get("unlock.help"),
                form.grid(), message, form.go(), forgot));
        Platform.runLater(form.first()::requestFocus);
    }

    private void showPassphrase() {
        message.setText("");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("unlock-passphrase");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("setup.passphrase"), passphrase);
        Button go = SignInCard.primary("unlock-passphrase-submit", messages.get("unlock.passphrase.submit"));
        go.setOnAction(event -> {
            char[] typed = passphrase.getText().toCharArray();
            passphrase.clear();
            go.setDisable(true);
            tasks.run(() -> file.unlockWithPassphrase(typed), result -> {
                go.setDisable(false);
                if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
                    unlockedWithPassphrase.accept(typed);
                } else {
                    Arrays.fill(typed, '\0');
                    message.setText(explainPassphrase(result));
                    passphrase.requestFocus();
                }
            }, failure -> {
                go.setDisable(false);
                failed.accept(failure);
            });
        });
        Hyperlink back = new Hyperlink(messages.get("unlock.back"));
        back.setId("unlock-back");
        back.setOnAction(event -> showSignIn());
        root.getChildren().setAll(SignInCard.card(messages, messages.get("unlock.passphrase.title"),
                messages.get("unlock.passphrase.help"), grid, message, go, back));
        Platform.runLater(passphrase::requestFocus);
    }

    private String explainPassphrase(SignInResult result) {
        if (result.outcome() == SignInResult.Outcome.LOCKED) {
            return messages.get("unlock.passphrase.locked", SignInTexts.lockedUntil(messages, result.lockedUntil()));
        }
        return messages.get("unlock.passphrase.wrong", result.attemptsLeft());
    }
}
