package org.linkwell.security.ui;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignInService;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * The first screen: on a new install it sets up the administrator, afterwards it signs a person in.
 * Passwords are checked off the JavaFX thread (bcrypt is slow on purpose).
 */
public final class SignInPane {
    private final SignInService signIn;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<SignedInUser> signedIn;
    private final StackPane root = new StackPane();
    private final Label message = new Label();

    public SignInPane(SignInService signIn, BackgroundTasks tasks, Messages messages, Consumer<SignedInUser> signedIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.messages = messages;
        this.signedIn = signedIn;
        root.getStyleClass().add("sign-in-page");
        message.setId("signin-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        tasks.run(signIn::needsFirstAdministrator, first -> root.getChildren().setAll(first ? setUp() : signInForm()));
    }

    public Parent root() {
        return root;
    }

    private VBox signInForm() {
        TextField username = new TextField();
        username.setId("signin-username");
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("signin.username"), username);
        Forms.row(grid, 1, messages.get("signin.password"), password);
        Button go = new Button(messages.get("signin.signIn"));
        go.setId("signin-submit");
        go.setDefaultButton(true);
        go.getStyleClass().add(Styles.ACCENT);
        go.setOnAction(event -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            go.setDisable(true);
            tasks.run(() -> signIn.signIn(username.getText(), typed), result -> {
                Arrays.fill(typed, '\0');
                go.setDisable(false);
                if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
                    signedIn.accept(result.user().orElseThrow());
                } else {
                    message.setText(SignInTexts.explain(messages, result));
                    password.requestFocus();
                }
            });
        });
        username.requestFocus();
        return card(messages.get("signin.title"), messages.get("signin.help"), grid, go, username);
    }

    private VBox setUp() {
        TextField name = new TextField();
        name.setId("setup-name");
        TextField username = new TextField();
        username.setId("setup-username");
        PasswordField password = new PasswordField();
        password.setId("setup-password");
        PasswordField again = new PasswordField();
        again.setId("setup-password-again");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("setup.name"), name);
        Forms.row(grid, 1, messages.get("signin.username"), username);
        Forms.row(grid, 2, messages.get("signin.password"), password);
        Forms.row(grid, 3, messages.get("setup.passwordAgain"), again);
        Button go = new Button(messages.get("setup.create"));
        go.setId("setup-submit");
        go.setDefaultButton(true);
        go.getStyleClass().add(Styles.ACCENT);
        go.setOnAction(event -> {
            if (!password.getText().equals(again.getText())) {
                message.setText(messages.get("setup.passwordsDiffer"));
                again.requestFocus();
                return;
            }
            char[] typed = password.getText().toCharArray();
            tasks.run(() -> signIn.createFirstAdministrator(name.getText(), username.getText(), typed), signedIn,
                    failure -> message.setText(failure instanceof ValidationException invalid
                            ? SignInTexts.explain(messages, invalid) : messages.get("error.unexpected", "")));
        });
        return card(messages.get("setup.title"), messages.get("setup.help", org.linkwell.security.Passwords.MIN_LENGTH),
                grid, go, name);
    }

    private VBox card(String title, String help, GridPane grid, Button go, javafx.scene.Node first) {
        Label heading = Forms.pageTitle(title);
        Label explanation = new Label(help);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("help-text");
        VBox card = new VBox(16, new Label(messages.get("app.name")), heading, explanation, grid, message, go);
        card.getStyleClass().add("form-section");
        card.setPadding(new Insets(28));
        card.setMaxWidth(560);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        javafx.application.Platform.runLater(first::requestFocus);
        return card;
    }
}
