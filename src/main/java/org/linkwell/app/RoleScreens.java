package org.linkwell.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.linkwell.core.Access;
import org.linkwell.core.Permission;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.PageId;
import org.linkwell.ui.Shell;

/**
 * What each role sees of the shell: the navigation items, the page it starts on, the client's tabs. The services
 * refuse what a role may not do whatever the screens show; this only keeps people from meeting those refusals.
 */
final class RoleScreens {
    /** The permission a page needs; Settings is for everyone (the language), with its other sections for admins. */
    private static final Map<PageId, Permission> NEEDS = Map.of(
            PageId.DASHBOARD, Permission.CLIENT_RECORD,
            PageId.CLIENTS, Permission.CLIENT_CONTACT,
            PageId.REFERRALS, Permission.CLIENT_RECORD,
            PageId.PROGRAMS, Permission.CATALOG_READ,
            PageId.SURVEYS, Permission.SURVEYS,
            PageId.REPORTS, Permission.REPORTS,
            PageId.AUDIT, Permission.AUDIT_VIEW);

    private RoleScreens() {
    }

    static boolean shows(Access access, PageId page) {
        Permission needed = NEEDS.get(page);
        return needed == null || access.may(needed);
    }

    /** Hides the navigation items of pages the role cannot use. */
    static void hideUnusable(Shell shell, Access access) {
        for (PageId page : PageId.values()) {
            if (!shows(access, page)) {
                shell.hideNavigation(page);
            }
        }
    }

    /** The dashboard when the role has one, else the first page it may use (reception: the clients). */
    static PageId startPage(Access access) {
        for (PageId page : PageId.values()) {
            if (shows(access, page)) {
                return page;
            }
        }
        return PageId.SETTINGS;
    }

    /**
     * The client's tabs: the journey for people who see records or refer (it shows the appointments among the rest),
     * the appointments alone for the front desk, surveys for people who run them.
     */
    static List<ClientPanel> clientPanels(Access access, Supplier<ClientPanel> journey, Supplier<ClientPanel> surveys,
                                          Supplier<ClientPanel> appointments) {
        List<ClientPanel> panels = new ArrayList<>();
        if (access.may(Permission.CLIENT_RECORD) || access.may(Permission.REFERRAL_CREATE)) {
            panels.add(journey.get());
        } else if (access.may(Permission.CLIENT_CONTACT)) {
            panels.add(appointments.get());
        }
        if (access.may(Permission.SURVEYS)) {
            panels.add(surveys.get());
        }
        return panels;
    }
}
