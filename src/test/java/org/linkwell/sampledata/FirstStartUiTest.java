package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;

import org.junit.jupiter.api.Test;
import org.linkwell.clients.StatusFilter;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

/** A brand-new, empty data file: Linkwell offers the sample CHC once, and loads it on request. */
class FirstStartUiTest extends LinkwellUiTest {
    @Override
    protected boolean firstStartDone() {
        return false;
    }

    @Test
    void emptyDatabase_offersSampleData_andLoadsIt(FxRobot robot) {
        assertTrue(robot.lookup("Start with sample data?").tryQuery().isPresent(), "the offer is shown");
        robot.clickOn("Load sample data");
        settle();

        int clients = context.clients().count(StatusFilter.ALL);
        assertTrue(clients > 1000 && clients < 1200, "about 1,100 clients, got " + clients);
        assertEquals(clients, (int) context.database().read(dsl -> dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq("create").and(AUDIT_EVENT.TABLE_NAME.eq("client")))));
        int referrals = context.referrals().withStatus(java.util.List.of(org.linkwell.referrals.ReferralStatus.values())).size();
        assertTrue(referrals > 1000 && referrals < 1250, "a year of referrals came too, got " + referrals);
        assertTrue(window.shell().statusBar().text().startsWith("Sample data loaded: 1,"));
        int programs = context.programs().catalog().programs().size();
        assertTrue(programs >= 75 && programs <= 90, "the sample catalog came too, got " + programs);

        robot.clickOn("#nav-clients");
        settle();
        robot.clickOn("#client-search").write("ga");
        robot.sleep(300);
        settle();
        assertTrue(!robot.lookup("#client-table").queryTableView().getItems().isEmpty());
    }

    @Test
    void theOfferIsMadeOnlyOnce(FxRobot robot) {
        robot.clickOn("Start empty");
        settle();

        assertEquals(0, context.clients().count(StatusFilter.ALL));
        assertEquals("yes", context.settings().get(org.linkwell.core.SettingsStore.SAMPLE_OFFERED).orElseThrow());
    }
}
