package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkwell.referrals.StaffMember;
import org.testfx.api.FxRobot;

/** A prescriber: their referrals' progress and those clients' records; others' contact details and a referral. */
class PrescriberUiTest extends RoleUiTest {
    @Override
    protected StaffMember.Role role() {
        return StaffMember.Role.PRESCRIBER;
    }

    @Test
    void seesTheDashboardAndReferrals_notSurveysReportsOrAudit(FxRobot robot) {
        assertTrue(shown(robot, "#nav-dashboard"));
        assertTrue(shown(robot, "#nav-referrals"));
        assertFalse(shown(robot, "#nav-surveys"));
        assertFalse(shown(robot, "#nav-reports"));
        assertFalse(shown(robot, "#nav-audit"));
        assertFalse(shown(robot, "#dashboard-me"), "no navigator's 'I am' picker for a prescriber");
    }

    @Test
    void theirOwnReferralsClient_showsTheWholeRecordAndJourney_withoutTheNavigatorsActions(FxRobot robot) {
        long client = client("Rita", "C-1");
        referral(client, Optional.of(me().staff().id()), Optional.empty());

        openClient(robot, client);
        assertFalse(shown(robot, "#client-contact-only"));
        assertTrue(shown(robot, "#client-interests"));
        assertTrue(shown(robot, "#client-read-only"), "says the record beyond the contact details is to read");
        assertTrue(robot.lookup("#client-interests").query().isDisabled(), "the goals and interests are read only");
        assertFalse(robot.lookup("#client-phone").query().isDisabled(), "the contact details can be changed");
        assertTrue(tab(robot, "tab-surveys").isEmpty());
        selectTab(robot, "tab-journey");

        assertTrue(shown(robot, "#journey-summary"));
        assertTrue(shown(robot, "#journey-new-referral"));
        assertFalse(shown(robot, "#journey-assign"));
        assertFalse(shown(robot, "#journey-contact"));
        assertTrue(printOffers(robot, "print-client-copy"));
        assertTrue(printOffers(robot, "print-prescriber-letter"));
        assertFalse(printOffers(robot, "print-partner-note"), "a note to a partner is the navigator's disclosure");
    }

    @Test
    void theirOwnClient_hasNoCloseOrNewInterest_whichAreTheNavigatorsAndTheCatalogsKeepers(FxRobot robot) {
        long client = client("Rita", "C-1");
        referral(client, Optional.of(me().staff().id()), Optional.empty());

        openClient(robot, client);

        assertTrue(shown(robot, "#client-interests"));
        assertTrue(shown(robot, "#client-save"));
        assertFalse(shown(robot, "#client-close"));
        assertFalse(shown(robot, "#interest-add"));
    }

    @Test
    void theCatalogIsReadOnly_andTheStaffDirectoryHasNoAdd(FxRobot robot) {
        assertCatalogEditable(robot, false);
        assertFalse(staffAddShown(robot));
        assertTrue(shown(robot, "#staff-table"));
        assertNoDialog(robot);
    }

    @Test
    void anotherClient_showsContactDetails_andTheJourneyTabOnlyToReferThem(FxRobot robot) {
        long client = client("Otto", "C-2");

        openClient(robot, client);
        assertTrue(shown(robot, "#client-contact-only"));
        assertFalse(shown(robot, "#client-interests"));
        selectTab(robot, "tab-journey");

        assertTrue(shown(robot, "#journey-outside-caseload"));
        assertTrue(shown(robot, "#journey-new-referral"));
        assertFalse(shown(robot, "#journey-assign"));
    }
}
