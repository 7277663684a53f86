package org.linkwell.security.ui;

import java.util.Optional;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.linkwell.core.Messages;
import org.linkwell.security.SignInService;
import org.linkwell.security.SignedInUser;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;

/**
 * The signed-in person in the window's header, with what is theirs to do whatever their role: change their own
 * password, and sign out (when the app runs behind the sign-in screen, which {@code signedOut} shows again).
 */
public final class AccountMenu {
    private final SignInService signIn;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Navigator navigator;
    private final Optional<Runnable> signedOut;

    public AccountMenu(SignInService signIn, BackgroundTasks tasks, Messages messages, DialogService dialogs,
                       ErrorReporter errors, Navigator navigator, Optional<Runnable> signedOut) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        this.navigator = navigator;
        this.signedOut = signedOut;
    }

    /** A menu button named after the person; nothing to show (an empty menu) when nobody is signed in. */
    public MenuButton button() {
        Optional<SignedInUser> user = signIn.session().user();
        String name = user.map(u -> messages.get("account.menu", u.staff().name(),
                messages.get("staffRole." + u.staff().role().code()))).orElse("");
        MenuButton menu = new MenuButton(name);
        menu.setId("account-menu");
        // A person's name is not a label to underline, and the pages need every free Alt letter; Tab reaches it.
        menu.setMnemonicParsing(false);
        menu.setAccessibleText(messages.get("account.menu.accessible", name));
        menu.setVisible(user.isPresent());
        menu.managedProperty().bind(menu.visibleProperty());
        MenuItem change = new MenuItem(messages.get("account.password.item"));
        change.setId("account-change-password");
        change.setMnemonicParsing(true);
        change.setOnAction(event -> changePassword());
        menu.getItems().add(change);
        signedOut.ifPresent(after -> {
            MenuItem out = new MenuItem(messages.get("account.signOut"));
            out.setId("account-sign-out");
            out.setMnemonicParsing(true);
            out.setOnAction(event -> tasks.run(() -> {
                signIn.signOut();
                return true;
            }, done -> after.run()));
            menu.getItems().add(out);
        });
        return menu;
    }

    private void changePassword() {
        Optional<Boolean> changed = dialogs.show(new ChangePasswordDialog(signIn, tasks, messages, errors::report));
        if (changed.orElse(false)) {
            navigator.say(messages.get("account.password.changed"));
        } else if (signIn.session().user().isEmpty()) {
            dialogs.error(messages.get("account.password.title"), messages.get("account.password.lockedOut",
                    SignInService.LOCK_TIME.toMinutes()));
            signedOut.ifPresent(Runnable::run);
        }
    }
}
