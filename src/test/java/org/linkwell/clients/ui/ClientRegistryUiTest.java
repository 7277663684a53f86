package org.linkwell.clients.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.ClosureReason;
import org.linkwell.clients.StatusFilter;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.testfx.api.FxRobot;

class ClientRegistryUiTest extends LinkwellUiTest {

    private void openClientsPage(FxRobot robot) {
        robot.clickOn("#nav-clients");
        settle();
    }

    private void fill(FxRobot robot, String field, String value) {
        javafx.scene.Node input = robot.lookup("#client-" + field).query();
        robot.interact(input::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(value);
    }

    private TableView<ClientSummary> table(FxRobot robot) {
        return robot.lookup("#client-table").queryTableView();
    }

    private void search(FxRobot robot, String query) {
        robot.clickOn("#client-search");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(query);
        robot.sleep(250);
        settle();
    }

    @Test
    void createThenFindWithAccentFreeSearch_thenEdit(FxRobot robot) {
        openClientsPage(robot);
        robot.clickOn("#client-new");
        fill(robot, "givenName", "Hélène");
        fill(robot, "familyName", "Côté");
        fill(robot, "dateOfBirth", "1948-05-17");
        fill(robot, "postalCode", "k1a0b1");
        javafx.scene.Node gardening = robot.lookup("#interest-gardening").query();
        robot.interact(gardening::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#client-save");
        settle();

        assertEquals("Hélène Côté", text(robot, "#client-title"));
        assertEquals("Added Hélène Côté.", window.shell().statusBar().text());
        assertEquals("K1A 0B1", text(robot, "#client-postalCode"));

        search(robot, "helene cote");
        assertEquals(1, table(robot).getItems().size());
        assertEquals("Côté", table(robot).getItems().get(0).familyName());

        robot.clickOn("#client-search").type(KeyCode.ENTER);
        settle();
        fill(robot, "phone", "(613) 555-0142");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();

        assertEquals("613-555-0142", text(robot, "#client-phone"));
        long id = table(robot).getItems().get(0).id();
        assertEquals("613-555-0142", context.clients().open(id).contact().phone());
        assertTrue(context.clients().open(id).strengths().interestCodes().contains("gardening"));
        List<String> actions = context.database().read(dsl -> dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.RECORD_ID.eq(id)).and(AUDIT_EVENT.TABLE_NAME.eq("client")).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION));
        assertEquals(List.of("create", "view", "update"), actions.subList(0, 3));
    }

    @Test
    void badPostalCodeAndFutureBirthDate_showMessagesBesideTheFields_andSaveNothing(FxRobot robot) {
        openClientsPage(robot);
        robot.clickOn("#client-new");
        fill(robot, "givenName", "Zoé");
        fill(robot, "familyName", "Tremblay");
        fill(robot, "dateOfBirth", "2031-01-01");
        fill(robot, "postalCode", "12345");
        robot.clickOn("#client-save");
        settle();

        assertTrue(robot.lookup("#error-postalCode").queryLabeled().isVisible());
        assertTrue(text(robot, "#error-postalCode").startsWith("Not a Canadian postal code"));
        assertEquals("The date of birth cannot be in the future.", text(robot, "#error-dateOfBirth"));
        assertTrue(text(robot, "#client-banner").contains("2 fields need your attention"));
        assertEquals(0, context.clients().count(StatusFilter.ALL));
        assertEquals("Zoé", text(robot, "#client-givenName"));
    }

    @Test
    void duplicateWarning_offersToOpenTheOtherRecord(FxRobot robot) {
        long existing = context.clients().create(TestClients.draft("Émile", "Bélanger", "CHC-1", LocalDate.of(1950, 2, 3))).id();
        openClientsPage(robot);
        robot.clickOn("#client-new");
        fill(robot, "givenName", "Emile");
        fill(robot, "familyName", "Belanger");
        fill(robot, "dateOfBirth", "1950-02-03");
        robot.clickOn("#client-save");
        settle();

        assertEquals("Same name and birth date",
                robot.lookup("#duplicate-table").<javafx.scene.control.TableView<org.linkwell.clients.DuplicateMatch>>query()
                        .getColumns().get(3).getCellData(0));
        robot.clickOn("#duplicate-open");
        settle();

        assertEquals("Émile Bélanger", text(robot, "#client-title"));
        assertEquals(1, context.clients().count(StatusFilter.ALL));
        assertEquals(existing, context.clients().search("belanger", StatusFilter.ALL, 5).get(0).id());
    }

    @Test
    void duplicateWarning_saveAnywayCreatesTheSecondClient(FxRobot robot) {
        context.clients().create(TestClients.withPhone(TestClients.draft("Ana", "Silva", "CHC-2", null), "613-555-0100"));
        openClientsPage(robot);
        robot.clickOn("#client-new");
        fill(robot, "givenName", "Rui");
        fill(robot, "familyName", "Silva");
        fill(robot, "phone", "6135550100");
        robot.clickOn("#client-save");
        settle();
        robot.clickOn("#duplicate-save-anyway");
        settle();

        assertEquals(2, context.clients().count(StatusFilter.ALL));
        assertEquals("Rui Silva", text(robot, "#client-title"));
    }

    @Test
    void closeClientWithReason_movesItToClosedFiles(FxRobot robot) {
        context.clients().create(TestClients.draft("Paul", "Roy", "CHC-3", null));
        openClientsPage(robot);
        search(robot, "roy");
        robot.clickOn("#client-search").type(KeyCode.ENTER);
        settle();
        robot.clickOn("#client-close");
        ComboBox<ClosureReason> reason = robot.lookup("#close-reason").queryComboBox();
        robot.interact(() -> reason.getSelectionModel().select(ClosureReason.MOVED_AWAY));
        robot.clickOn("#close-details").write("To Sudbury");
        robot.clickOn("#close-confirm");
        settle();

        assertTrue(text(robot, "#client-state").startsWith("Closed on"));
        assertTrue(text(robot, "#client-state").endsWith("Moved away"));
        assertTrue(table(robot).getItems().isEmpty(), "the open-files list no longer shows the client");
        assertEquals("moved-away: To Sudbury",
                context.clients().search("roy", StatusFilter.CLOSED, 5).stream().findFirst()
                        .map(summary -> context.clients().open(summary.id()).closure().reason()).orElseThrow());
    }

    @Test
    void leavingWithUnsavedChanges_asksFirst(FxRobot robot) {
        openClientsPage(robot);
        robot.clickOn("#client-new");
        fill(robot, "givenName", "Nadia");
        robot.clickOn("#nav-dashboard");

        assertTrue(robot.lookup("Keep editing").tryQuery().isPresent());
        robot.clickOn("Keep editing");
        assertEquals("Nadia", text(robot, "#client-givenName"));
        assertFalse(robot.lookup("#dashboard-page").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }
}
