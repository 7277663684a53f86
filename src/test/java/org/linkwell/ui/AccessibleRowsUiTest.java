package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.testfx.api.FxRobot;

/** A screen reader hears a client row as a sentence with the client's name and chart number. */
class AccessibleRowsUiTest extends LinkwellUiTest {

    @Test
    void clientListRow_announcesNameAndChartNumber(FxRobot robot) {
        context.clients().create(TestClients.draft("Hélène", "Côté", "CHC-4411", LocalDate.of(1948, 3, 2)));
        robot.clickOn("#nav-clients");
        settle();
        robot.clickOn("#client-search").write("helene");
        robot.sleep(250);
        settle();

        String spoken = robot.lookup("#client-table .table-row-cell").match(node -> node instanceof TableRow<?> row
                && row.getItem() != null).<TableRow<?>>query().getAccessibleText();
        assertTrue(spoken.contains("Côté") && spoken.contains("Hélène"), spoken);
        assertTrue(spoken.contains("CHC-4411"), spoken);
    }
}
