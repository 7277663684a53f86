package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linkwell.referrals.StaffMember;
import org.testfx.api.FxRobot;

/** Reception: the clients' identity and contact details, nothing of the care. */
class ReceptionUiTest extends RoleUiTest {
    @Override
    protected StaffMember.Role role() {
        return StaffMember.Role.RECEPTION;
    }

    @Test
    void startsOnTheClients_andSeesNoDashboardReferralsSurveysReportsOrAudit(FxRobot robot) {
        assertTrue(robot.lookup("#clients-page").tryQuery().isPresent(), "reception starts where its work is");
        assertTrue(shown(robot, "#nav-clients"));
        assertTrue(shown(robot, "#nav-programs"));
        assertTrue(shown(robot, "#nav-settings"));
        for (String hidden : new String[] {"#nav-dashboard", "#nav-referrals", "#nav-surveys", "#nav-reports",
            "#nav-audit"}) {
            assertFalse(shown(robot, hidden), hidden);
        }
    }

    @Test
    void aClientShowsContactDetailsOnly_withoutNeedsEquityOrTabs(FxRobot robot) {
        long client = client("Hélène", "C-1");

        openClient(robot, client);

        assertTrue(shown(robot, "#client-contact-only"));
        assertTrue(shown(robot, "#client-phone"));
        assertFalse(shown(robot, "#client-equity"));
        assertFalse(shown(robot, "#client-interests"));
        assertFalse(shown(robot, "#client-close"));
        assertTrue(tab(robot, "tab-journey").isEmpty());
        assertTrue(tab(robot, "tab-surveys").isEmpty());
    }

    @Test
    void settings_offerTheLanguageOnly(FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle();

        assertTrue(shown(robot, "#settings-language"));
        assertFalse(shown(robot, "#settings-load-sample"));
        assertTrue(robot.lookup("#accounts-table").tryQuery().isEmpty());
    }
}
