package org.linkwell.security.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.linkwell.core.KeyFile;
import org.linkwell.core.Messages;
import org.linkwell.security.LockedDataFile;
import org.linkwell.security.Passwords;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * A new install: the first administrator, and the setup passphrase that encrypts the new data file and is
 * its recovery key (asked twice, with a plain warning that nobody can recover it).
 */
public final class NewDataFilePane {
    private final StackPane root = SignInCard.page();
    private final Label message = SignInCard.message();

    public NewDataFilePane(LockedDataFile file, BackgroundTasks tasks, Messages messages,
                           Consumer<SignedInUser> created, Consumer<Throwable> failed) {
        GridPane grid = Forms.grid();
        SignInFields.Administrator administrator = new SignInFields.Administrator(grid, messages);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("setup-passphrase");
        PasswordField passphraseAgain = new PasswordField();
        passphraseAgain.setId("setup-passphrase-again");
        Label warning = new Label(messages.get("setup.passphrase.help", KeyFile.MIN_PASSPHRASE_LENGTH));
        warning.setWrapText(true);
        warning.setId("setup-passphrase-warning");
        warning.getStyleClass().add("help-text");
        grid.add(warning, 0, 4, 2, 1);
        Forms.row(grid, 5, messages.get("setup.passphrase"), passphrase);
        Forms.row(grid, 6, messages.get("setup.passphraseAgain"), passphraseAgain);
        Button go = SignInCard.primary("setup-submit", messages.get("setup.create"));
        go.setOnAction(event -> {
            if (!administrator.passwordsMatch(message, messages)) {
                return;
            }
            if (!passphrase.getText().equals(passphraseAgain.getText())) {
                message.setText(messages.get("setup.passphrasesDiffer"));
                passphraseAgain.requestFocus();
                return;
            }
            char[] typedPassword = administrator.password.getText().toCharArray();
            char[] typedPassphrase = passphrase.getText().toCharArray();
            go.setDisable(true);
            tasks.run(() -> file.create(administrator.name.getText(), administrator.username.getText(), typedPassword, typedPassphrase), user -> {
                go.setDisable(false);
                created.accept(user);
            }, failure -> {
                go.setDisable(false);
                SignInCard.showRefusal(message, messages, failed, failure);
            });
        });
        root.getChildren().setAll(SignInCard.card(messages, messages.get("setup.title"),
                messages.get("setup.help", Passwords.MIN_LENGTH), grid, message, go));
        Platform.runLater(administrator.name::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
