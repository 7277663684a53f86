package org.linkwell.app;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.linkwell.core.Permission;
import org.linkwell.security.ui.EncryptionSection;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.Navigator;

/** Where encryption at rest meets the shell: the Settings section and the offer after set-up. */
final class EncryptionScreens {
    static final String OFFERED = "encryption.offered";

    private EncryptionScreens() {
    }

    /** Settings → Encryption, for administrators only. */
    static Node section(AppContext context, BackgroundTasks tasks, DialogService dialogs, Navigator navigator) {
        return context.session().may(Permission.ADMINISTRATION) ? new EncryptionSection(context.dataFileSecurity().encryption(), tasks,
                context.messages(), dialogs, navigator).view() : new Region();
    }

    /**
     * Once, to an administrator on a plain file that holds client data (right after the set-up of an existing
     * file, or the first sign-in after an update): encrypt it now?
     */
    static void offerIfDue(AppContext context, BackgroundTasks tasks, DialogService dialogs, Navigator navigator) {
        if (!context.session().may(Permission.ADMINISTRATION)) {
            return;
        }
        var encryption = context.dataFileSecurity().encryption();
        tasks.run(() -> {
            boolean due = !encryption.isEncrypted() && context.settings().get(OFFERED).isEmpty()
                    && encryption.hasClientData();
            if (due) {
                context.settings().put(OFFERED, "yes");
            }
            return due;
        }, due -> {
            var messages = context.messages();
            if (due && dialogs.confirm(messages.get("encryption.offer.title"), messages.get("encryption.offer.text"),
                    messages.get("encryption.offer.yes"), messages.get("encryption.offer.later"))) {
                new EncryptionSection(encryption, tasks, messages, dialogs, navigator).startEncryption();
            }
        });
    }
}
