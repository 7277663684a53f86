package org.linkwell.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.linkwell.core.Permission;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.lockbox.ui.GuardedPanel;
import org.linkwell.lockbox.ui.LockboxScreens;
import org.linkwell.lockbox.ui.PrivacyPanel;
import org.linkwell.referrals.ui.AppointmentsPanel;
import org.linkwell.referrals.ui.JourneyPanel;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Shell;

/**
 * Puts the lockbox into the client's page, which other features own: the list and editor hide what is withheld,
 * the journey leaves out withheld notes, the surveys tab gives way to the notice, and a Privacy tab records the
 * client's wishes. The person at the desk is the signed-in session.
 */
final class LockboxWiring {
    private LockboxWiring() {
    }

    static ClientsPage clientsPage(AppContext context, BackgroundTasks tasks, DialogService dialogs,
                                   ErrorReporter errors, Shell shell, Supplier<JourneyPanel> journey,
                                   Supplier<ClientPanel> surveys) {
        LockboxScreens privacy = privacy(context, tasks, dialogs, errors, shell);
        // The tabs the person's role may see (RoleScreens), each behind the lockbox.
        List<ClientPanel> panels = new ArrayList<>();
        for (ClientPanel panel : RoleScreens.clientPanels(context.session(), () -> journey.get().withPrivacy(privacy),
                () -> new GuardedPanel(surveys.get(), RecordPart.SURVEYS, privacy, tasks),
                () -> new GuardedPanel(new AppointmentsPanel(context.encounters(), context.staff(), tasks,
                        context.messages(), context.clock()), RecordPart.WHOLE_RECORD, privacy, tasks))) {
            panels.add(panel);
        }
        PrivacyPanel privacyPanel = null;
        if (context.session().may(Permission.CLIENT_RECORD)) {
            privacyPanel = new PrivacyPanel(context.lockbox(), context.session(), context.staff()::all, tasks,
                    context.messages(), dialogs, errors, shell, context.clock().getZone());
            panels.add(privacyPanel);
        }
        ClientsPage page = new ClientsPage(context.clients(), tasks, context.messages(), dialogs, errors, shell,
                context.clock(), panels).withPrivacy(privacy).withAccess(context.session());
        if (privacyPanel != null) {
            privacyPanel.setOnChanged(page::open);
        }
        return page;
    }

    /** What clients' lockboxes hide from the signed-in person, for any screen that lists or shows them. */
    static LockboxScreens privacy(AppContext context, BackgroundTasks tasks, DialogService dialogs, ErrorReporter errors,
                                  Shell shell) {
        return new LockboxScreens(context.lockbox(), context.session(), tasks, context.messages(), dialogs, errors, shell,
                context.clock().getZone());
    }
}
