package org.linkwell.security.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.ui.Forms;

/** The card the sign-in, unlock, recovery and encrypted set-up screens share: title, help, form, message, button. */
final class SignInCard {
    private SignInCard() {
    }

    static Label message() {
        Label message = new Label();
        message.setId("signin-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        return message;
    }

    static Button primary(String id, String text) {
        Button go = new Button(text);
        go.setId(id);
        go.setDefaultButton(true);
        go.getStyleClass().add(Styles.ACCENT);
        return go;
    }

    /** What the person entered was refused: say why under the form. Anything else goes to {@code failed}. */
    static void showRefusal(Label message, Messages messages, Consumer<Throwable> failed, Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            message.setText(SignInTexts.explain(messages, invalid));
        } else {
            failed.accept(failure);
        }
    }

    static VBox card(Messages messages, String title, String help, Node form, Label message, Node... actions) {
        Label explanation = new Label(help);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("help-text");
        VBox card = new VBox(16, new Label(messages.get("app.name")), Forms.pageTitle(title), explanation, form, message);
        card.getChildren().addAll(actions);
        card.getStyleClass().add("form-section");
        card.setPadding(new Insets(28));
        card.setMaxWidth(600);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        return card;
    }

    static StackPane page() {
        StackPane root = new StackPane();
        root.getStyleClass().add("sign-in-page");
        return root;
    }
}
