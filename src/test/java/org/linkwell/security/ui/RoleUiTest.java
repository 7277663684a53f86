package org.linkwell.security.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.linkwell.clients.Client;
import org.linkwell.clients.NeedDomain;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignedInUser;
import org.linkwell.security.TestSessions;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.linkwell.ui.PageId;
import org.testfx.api.FxRobot;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A role signed in to the real shell, with clients set up by the administrator around them. */
abstract class RoleUiTest extends LinkwellUiTest {

    protected SignedInUser me() {
        return context.session().user().orElseThrow();
    }

    protected <T> T asAdministrator(Supplier<T> work) {
        SignedInUser me = me();
        TestSessions.administrator(context);
        try {
            return work.get();
        } finally {
            TestSessions.switchTo(context.session(), me);
        }
    }

    /** A client with a need flagged (a part of the record beyond the contact details). */
    protected long client(String given, String chart) {
        return asAdministrator(() -> {
            Client draft = TestClients.draft(given, "Tremblay", chart, LocalDate.of(1960, 1, 1));
            return context.clients().create(new Client(0, 0, draft.identity(), draft.contact(), draft.consent(),
                    draft.strengths(), List.of(new Client.Need(NeedDomain.values()[0], true, "a ride")),
                    draft.barriers(), draft.equity(), draft.closure())).id();
        });
    }

    protected long referral(long clientId, Optional<Long> prescriber, Optional<Long> navigator) {
        return asAdministrator(() -> {
            Referral r = context.referrals().create(Referral.draft(clientId, prescriber, LocalDate.of(2026, 11, 2),
                    Set.of(ReferralReason.LONELINESS)));
            return navigator.map(n -> context.referrals().assign(r.id(), r.version(), n).id()).orElse(r.id());
        });
    }

    protected long colleague(StaffMember.Role role, String name) {
        return asAdministrator(() -> context.staff().save(StaffMember.of(name, role, Optional.empty())).id());
    }

    protected void openClient(FxRobot robot, long clientId) {
        robot.interact(() -> window.shell().show(PageId.CLIENTS));
        robot.interact(() -> window.shell().<ClientsPage>page(PageId.CLIENTS).open(clientId));
        settle();
    }

    /** Shown on screen: the node and every one of its parents visible. */
    protected static boolean shown(FxRobot robot, String query) {
        Optional<Node> found = robot.lookup(query).tryQuery();
        for (Node node = found.orElse(null); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return found.isPresent();
    }

    protected static Optional<Tab> tab(FxRobot robot, String id) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(pane -> pane.getTabs().stream()).filter(t -> id.equals(t.getId())).findFirst();
    }

    /** The catalog with one program chosen, on the Programs tab. */
    protected void openCatalogWithAProgram(FxRobot robot) {
        asAdministrator(() -> context.programs().save(org.linkwell.testing.TestPrograms.walkingGroup()));
        robot.clickOn("#nav-programs");
        settle();
        javafx.scene.control.ListView<?> list = robot.lookup("#program-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        settle();
    }

    /** The catalog's New, Import, Edit, Mark verified and New organisation: all there, or none (Export always). */
    protected void assertCatalogEditable(FxRobot robot, boolean editable) {
        openCatalogWithAProgram(robot);
        assertTrue(shown(robot, "#program-export"), "everyone may export the catalog");
        for (String control : new String[] {"#program-new", "#program-import", "#program-edit", "#program-verify"}) {
            org.junit.jupiter.api.Assertions.assertEquals(editable, shown(robot, control), control);
        }
        selectTab(robot, "tab-organizations");
        org.junit.jupiter.api.Assertions.assertEquals(editable, shown(robot, "#organization-new"), "#organization-new");
    }

    /** Whether the Print menu of the journey offers this document (e.g. "print-partner-note"). */
    protected static boolean printOffers(FxRobot robot, String id) {
        javafx.scene.control.MenuButton menu = robot.lookup("#print-menu").query();
        return menu.getItems().stream().anyMatch(item -> id.equals(item.getId()) && item.isVisible());
    }

    /** Staff can be added to the directory from the Referrals page, or not. */
    protected boolean staffAddShown(FxRobot robot) {
        robot.clickOn("#nav-referrals");
        settle();
        selectTab(robot, "tab-staff");
        return shown(robot, "#staff-add");
    }

    /** Only the main window is showing: no refusal or error popped up. */
    protected static void assertNoDialog(FxRobot robot) {
        org.junit.jupiter.api.Assertions.assertEquals(1, javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing).count(), "no dialog (a refusal) opened");
    }

    protected void selectTab(FxRobot robot, String id) {
        Tab wanted = tab(robot, id).orElseThrow();
        robot.interact(() -> wanted.getTabPane().getSelectionModel().select(wanted));
        settle();
    }
}
