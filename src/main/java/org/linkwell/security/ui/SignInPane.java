package org.linkwell.security.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.security.Passwords;
import org.linkwell.security.SignInService;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * The first screen on a plain data file: on a new install it sets up the administrator, afterwards it signs a
 * person in. Passwords are checked off the JavaFX thread (bcrypt is slow on purpose).
 */
public final class SignInPane {
    private final SignInService signIn;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<SignedInUser> signedIn;
    private final StackPane root = SignInCard.page();
    private final Label message = SignInCard.message();

    public SignInPane(SignInService signIn, BackgroundTasks tasks, Messages messages, Consumer<SignedInUser> signedIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.messages = messages;
        this.signedIn = signedIn;
        tasks.run(signIn::needsFirstAdministrator, first -> root.getChildren().setAll(first ? setUp() : signInForm()));
    }

    public Parent root() {
        return root;
    }

    private VBox signInForm() {
        SignInFields.Form form = SignInFields.signIn(messages, tasks, message, signIn::signIn, signedIn,
                tasks::reportFailure);
        Platform.runLater(form.first()::requestFocus);
        return SignInCard.card(messages, messages.get("signin.title"), messages.get("signin.help"), form.grid(), message,
                form.go());
    }

    private VBox setUp() {
        GridPane grid = Forms.grid();
        SignInFields.Administrator administrator = new SignInFields.Administrator(grid, messages);
        Button go = SignInCard.primary("setup-submit", messages.get("setup.create"));
        go.setOnAction(event -> {
            if (!administrator.passwordsMatch(message, messages)) {
                return;
            }
            char[] typed = administrator.password.getText().toCharArray();
            tasks.run(() -> signIn.createFirstAdministrator(administrator.name.getText(),
                    administrator.username.getText(), typed), signedIn,
                    failure -> message.setText(failure instanceof ValidationException invalid
                            ? SignInTexts.explain(messages, invalid) : messages.get("error.unexpected", "")));
        });
        Platform.runLater(administrator.name::requestFocus);
        return SignInCard.card(messages, messages.get("setup.title"), messages.get("setup.help", Passwords.MIN_LENGTH),
                grid, message, go);
    }
}
