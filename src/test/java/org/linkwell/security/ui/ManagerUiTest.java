package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.linkwell.audit.AuditEntry;
import org.linkwell.referrals.StaffMember;
import org.testfx.api.FxRobot;

/** A manager: every record, the reports, and the audit viewer that answers "who looked at this client?". */
class ManagerUiTest extends RoleUiTest {
    @Override
    protected StaffMember.Role role() {
        return StaffMember.Role.MANAGER;
    }

    @Test
    void seesReportsAndTheAuditLog_andEveryClientWhole(FxRobot robot) {
        assertTrue(shown(robot, "#nav-reports"));
        assertTrue(shown(robot, "#nav-audit"));
        long client = client("Otto", "C-2");

        openClient(robot, client);

        assertFalse(shown(robot, "#client-contact-only"));
        assertTrue(shown(robot, "#client-equity"));
    }

    @Test
    void theAuditViewer_answersWhoLookedAtThisClient(FxRobot robot) {
        long client = client("Hélène", "C-7");
        openClient(robot, client);
        robot.clickOn("#nav-audit");
        settle();

        robot.clickOn("#audit-client-search").write("C-7");
        robot.sleep(200);
        settle();
        ListView<?> found = robot.lookup("#audit-client-found").queryListView();
        assertEquals(1, found.getItems().size());
        robot.clickOn("#audit-client-show");
        settle();

        TableView<AuditEntry> table = robot.lookup("#audit-client-table").queryTableView();
        assertTrue(table.getItems().stream().anyMatch(e -> e.actor().equals("manager") && e.action().equals("view")
                && e.table().equals("client")), "my own look at the record");
        assertTrue(table.getItems().stream().anyMatch(e -> e.actor().equals("admin") && e.action().equals("create")));
        assertTrue(robot.lookup("Viewed").tryQuery().isPresent(), "actions in words");
        assertTrue(robot.lookup("Test manager (manager)").tryQuery().isPresent(), "the staff name and username");
    }

    @Test
    void everyActionOfThePagesIsThere_theOutcomesReportToo(FxRobot robot) {
        robot.clickOn("#nav-surveys");
        settle();
        assertTrue(shown(robot, "#outcomes-show"));
        assertCatalogEditable(robot, true);
        assertTrue(staffAddShown(robot));
        long client = client("Otto", "C-2");
        openClient(robot, client);
        assertTrue(shown(robot, "#client-close"));
        assertTrue(shown(robot, "#interest-add"));
        assertNoDialog(robot);
    }

    @Test
    void settings_areTheAdministratorsBesidesTheLanguage(FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle();

        assertTrue(shown(robot, "#settings-language"));
        assertFalse(shown(robot, "#settings-load-sample"));
    }
}
