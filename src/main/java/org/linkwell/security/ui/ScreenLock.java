package org.linkwell.security.ui;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignInService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/**
 * Hides the screen after a quiet spell (or Ctrl+L) until the signed-in person types their password. The
 * work on screen is only set aside, never closed, so nothing typed is lost. Five wrong passwords sign the
 * person out, and then {@code signedOut} decides what comes next (the sign-in screen).
 */
public final class ScreenLock {
    public static final KeyCombination LOCK_NOW = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final Scene scene;
    private final SignInService signIn;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Runnable signedOut;
    private final LongSupplier nanoTime;
    private final Duration idleLimit;
    private long lastActivity;
    private Parent work;
    private Timeline ticker;

    public ScreenLock(Scene scene, SignInService signIn, BackgroundTasks tasks, Messages messages, Duration idleLimit,
                      Runnable signedOut, LongSupplier nanoTime) {
        this.scene = scene;
        this.signIn = signIn;
        this.tasks = tasks;
        this.messages = messages;
        this.idleLimit = idleLimit;
        this.signedOut = signedOut;
        this.nanoTime = nanoTime;
        this.lastActivity = nanoTime.getAsLong();
    }

    /** Starts watching for quiet: any key, click or mouse move counts as activity. */
    public ScreenLock start() {
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, this::activity);
        scene.getAccelerators().put(LOCK_NOW, this::lock);
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(15), event -> lockIfIdle()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        return this;
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        scene.removeEventFilter(javafx.scene.input.InputEvent.ANY, this::activity);
        scene.getAccelerators().remove(LOCK_NOW);
    }

    private void activity(Event event) {
        if (!isLocked()) {
            lastActivity = nanoTime.getAsLong();
        }
    }

    /** Called by the ticker; also by tests, which move the clock instead of waiting ten minutes. */
    public void lockIfIdle() {
        if (!isLocked() && nanoTime.getAsLong() - lastActivity >= idleLimit.toNanos()) {
            lock();
        }
    }

    public boolean isLocked() {
        return work != null;
    }

    public void lock() {
        if (isLocked()) {
            return;
        }
        work = scene.getRoot();
        scene.setRoot(lockPane());
    }

    private Parent lockPane() {
        Label who = new Label(messages.get("lock.who", signIn.session().actor()));
        PasswordField password = new PasswordField();
        password.setId("lock-password");
        password.setAccessibleText(messages.get("signin.password"));
        Label message = new Label();
        message.setId("lock-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setOnAction(event -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            tasks.run(() -> signIn.unlock(typed), result -> {
                Arrays.fill(typed, '\0');
                if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
                    unlock();
                } else if (signIn.session().user().isEmpty()) {
                    work = null;
                    signedOut.run();
                } else {
                    message.setText(SignInTexts.explain(messages, result));
                }
            });
        });
        Hyperlink someoneElse = new Hyperlink(messages.get("lock.someoneElse"));
        someoneElse.setId("lock-someone-else");
        // Signing out writes (the person's break-glass ends), so off the JavaFX thread.
        someoneElse.setOnAction(event -> tasks.run(() -> {
            signIn.signOut();
            return true;
        }, done -> {
            work = null;
            signedOut.run();
        }));
        VBox card = new VBox(14, Forms.pageTitle(messages.get("lock.title")), who, password, message, unlock, someoneElse);
        card.getStyleClass().add("form-section");
        card.setPadding(new Insets(28));
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        StackPane pane = new StackPane(card);
        pane.getStyleClass().add("sign-in-page");
        javafx.application.Platform.runLater(password::requestFocus);
        return pane;
    }

    private void unlock() {
        Parent restored = work;
        work = null;
        scene.setRoot(restored);
        lastActivity = nanoTime.getAsLong();
    }
}
