package org.linkwell.help.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkwell.core.Messages;
import org.linkwell.help.UserGuide;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Shortcut;
import org.linkwell.ui.Theme;

/**
 * The user guide in its own window, so it can stay open beside the work. One per main window;
 * it follows the language chosen in Settings.
 */
public final class GuideWindow {
    private final Window owner;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private Stage stage;
    private Locale shownIn;

    public GuideWindow(Window owner, Messages messages, BackgroundTasks tasks) {
        this.owner = owner;
        this.messages = messages;
        this.tasks = tasks;
    }

    public void show() {
        Locale locale = messages.locale();
        if (stage != null && locale.equals(shownIn)) {
            stage.show();
            stage.toFront();
            return;
        }
        tasks.run(() -> UserGuide.forLocale(locale), guide -> display(guide, locale));
    }

    /** The window, once it has been shown. */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    private void display(UserGuide guide, Locale locale) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setScene(new Scene(new GuideView(guide, messages).root(), 920, 720));
            // A filter: the contents list would otherwise take Escape for itself.
            stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
                if (Shortcut.CANCEL.matches(event)) {
                    event.consume();
                    stage.hide();
                }
            });
        } else {
            stage.getScene().setRoot(new GuideView(guide, messages).root());
        }
        Theme.style(stage.getScene().getRoot());
        stage.getScene().getRoot().getStylesheets().add(HelpMenu.STYLESHEET);
        stage.setTitle(guide.title());
        shownIn = locale;
        stage.show();
        stage.toFront();
    }
}
