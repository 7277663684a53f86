package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkwell.referrals.StaffMember;
import org.testfx.api.FxRobot;

/** A navigator: their caseload whole, with surveys and journey work; other clients' contact details only. */
class NavigatorUiTest extends RoleUiTest {
    @Override
    protected StaffMember.Role role() {
        return StaffMember.Role.NAVIGATOR;
    }

    @Test
    void seesTheirWorkAndTheCatalog_notReportsOrAudit(FxRobot robot) {
        for (String item : new String[] {"#nav-dashboard", "#nav-clients", "#nav-referrals", "#nav-programs",
            "#nav-surveys"}) {
            assertTrue(shown(robot, item), item);
        }
        assertFalse(shown(robot, "#nav-reports"));
        assertFalse(shown(robot, "#nav-audit"));
        assertTrue(shown(robot, "#dashboard-me"), "the navigator's 'I am' picker");
    }

    @Test
    void aClientInTheCaseload_opensWhole_withTheJourneysActionsAndSurveys(FxRobot robot) {
        long client = client("Mina", "C-1");
        referral(client, Optional.empty(), Optional.of(me().staff().id()));

        openClient(robot, client);
        assertFalse(shown(robot, "#client-contact-only"));
        assertFalse(shown(robot, "#client-read-only"));
        assertFalse(robot.lookup("#client-interests").query().isDisabled(), "the navigator keeps the record");
        assertFalse(tab(robot, "tab-surveys").orElseThrow().isDisable());
        selectTab(robot, "tab-journey");

        assertTrue(shown(robot, "#journey-assign"));
        assertTrue(shown(robot, "#journey-contact"));
        assertTrue(printOffers(robot, "print-partner-note"));
        selectTab(robot, "tab-record");
        assertTrue(shown(robot, "#client-close"));
        assertTrue(shown(robot, "#interest-add"));
    }

    @Test
    void theSurveysPage_offersTheFormsButNotTheOutcomesReport_andRefusesNothing(FxRobot robot) {
        robot.clickOn("#nav-surveys");
        settle();

        assertTrue(shown(robot, "#surveys-page"));
        assertFalse(shown(robot, "#outcomes-show"), "the outcomes summary is a report (managers)");
        assertFalse(shown(robot, "#outcomes-table"));
        assertNoDialog(robot);
    }

    @Test
    void theyKeepTheCatalog_andAddStaffToTheDirectory(FxRobot robot) {
        assertCatalogEditable(robot, true);
        assertTrue(staffAddShown(robot));
    }

    @Test
    void aClientOfAnotherNavigator_showsContactDetailsOnly_withSurveysClosed(FxRobot robot) {
        long client = client("Otto", "C-2");
        referral(client, Optional.empty(), Optional.of(colleague(StaffMember.Role.NAVIGATOR, "Omar Other")));

        openClient(robot, client);

        assertTrue(shown(robot, "#client-contact-only"));
        assertFalse(shown(robot, "#client-equity"));
        assertTrue(tab(robot, "tab-surveys").orElseThrow().isDisable());
        selectTab(robot, "tab-journey");
        assertTrue(shown(robot, "#journey-outside-caseload"));
        assertFalse(shown(robot, "#journey-assign"));
    }
}
