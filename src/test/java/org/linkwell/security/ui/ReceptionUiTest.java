package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.linkwell.referrals.Encounter;
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
        assertTrue(tab(robot, "tab-privacy").isEmpty());
        assertFalse(tab(robot, "tab-appointments").orElseThrow().isDisable(), "the appointments are the desk's");
    }

    @Test
    void theAppointmentsTab_listsDatesHowWithWhomAndTheNextFollowUp_newestFirst_withoutTheNotes(FxRobot robot) {
        long client = client("Hélène", "C-1");
        long navigator = colleague(StaffMember.Role.NAVIGATOR, "Nadia Roy");
        long referral = referral(client, Optional.empty(), Optional.of(navigator));
        asAdministrator(() -> {
            contact(client, referral, navigator, LocalDate.of(2026, 11, 3), Encounter.Mode.PHONE, Optional.empty());
            return contact(client, referral, navigator, LocalDate.of(2026, 11, 17), Encounter.Mode.IN_PERSON,
                    Optional.of(LocalDate.of(2026, 12, 1)));
        });
        long viewsBefore = views(client);

        openClient(robot, client);
        selectTab(robot, "tab-appointments");

        TableView<Encounter> table = robot.lookup("#appointments-table").queryTableView();
        assertEquals(2, table.getItems().size());
        assertEquals(List.of(date(2026, 11, 17), "In person", "Nadia Roy", date(2026, 12, 1)), row(table, 0));
        assertEquals(List.of(date(2026, 11, 3), "Phone", "Nadia Roy", ""), row(table, 1));
        assertEquals("Next follow-up: " + date(2026, 12, 1), text(robot, "#appointments-next"));
        assertFalse(date(2026, 12, 1).contains("2026-12"), "a date in words, never ISO");
        assertTrue(table.getItems().stream().allMatch(e -> e.notes().isEmpty() && e.nextStep().isEmpty()),
                "no notes reach the desk's screen");
        assertTrue(robot.lookup(node -> node instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("SECRET")).tryQuery().isEmpty(), "no note on screen");
        assertTrue(views(client) > viewsBefore, "the look at the appointments is in the audit log");
    }

    @Test
    void aClientWithoutAppointments_saysSo(FxRobot robot) {
        long client = client("Otto", "C-2");

        openClient(robot, client);
        selectTab(robot, "tab-appointments");

        assertTrue(robot.lookup("#appointments-table").queryTableView().getItems().isEmpty());
        assertTrue(shown(robot, "No appointments yet: none have been recorded for this client."));
        assertEquals("No follow-up date is set.", text(robot, "#appointments-next"));
    }

    @Test
    void inFrench_theAppointmentsTabHasNoEnglishLeft(FxRobot robot) {
        long client = client("Hélène", "C-1");
        long navigator = colleague(StaffMember.Role.NAVIGATOR, "Nadia Roy");
        long referral = referral(client, Optional.empty(), Optional.of(navigator));
        asAdministrator(() -> contact(client, referral, navigator, LocalDate.of(2026, 11, 3), Encounter.Mode.PHONE,
                Optional.of(LocalDate.of(2026, 12, 1))));
        robot.clickOn("#nav-settings");
        settle();
        javafx.scene.control.ComboBox<java.util.Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(org.linkwell.core.Messages.FRENCH));
        settle();

        openClient(robot, client);
        selectTab(robot, "tab-rendez-vous");

        org.linkwell.testing.EnglishWords english = new org.linkwell.testing.EnglishWords()
                .allowing(List.of("Hélène", "Tremblay", "C-1", "Nadia Roy", "Test reception"));
        List<String> leftovers = org.linkwell.testing.ScreenTexts.of(robot.window(0)).stream()
                .map(org.linkwell.testing.ScreenTexts.Seen::text).filter(t -> !english.why(t).isEmpty()).toList();
        assertEquals(List.of(), leftovers);
        assertEquals("Prochain suivi : " + date(2026, 12, 1), text(robot, "#appointments-next"));
    }

    private Encounter contact(long client, long referral, long navigator, LocalDate on, Encounter.Mode mode,
                              Optional<LocalDate> next) {
        return context.encounters().record(new Encounter(0, 0, client, Optional.of(referral), Optional.of(navigator), on,
                mode, 30, "SECRET talked about her housing", next.isPresent() ? "SECRET call the landlord" : "", next,
                false));
    }

    private String date(int year, int month, int day) {
        return context.messages().date(LocalDate.of(year, month, day));
    }

    private long views(long client) {
        return context.database().read(dsl -> dsl.fetchCount(org.linkwell.db.Tables.AUDIT_EVENT,
                org.linkwell.db.Tables.AUDIT_EVENT.ACTOR.eq("reception")
                        .and(org.linkwell.db.Tables.AUDIT_EVENT.ACTION.eq("view"))
                        .and(org.linkwell.db.Tables.AUDIT_EVENT.TABLE_NAME.eq("client"))
                        .and(org.linkwell.db.Tables.AUDIT_EVENT.RECORD_ID.eq(client))));
    }

    /** The row's cells as shown on screen, column by column (empty where a cell shows nothing). */
    private static List<String> row(TableView<Encounter> table, int index) {
        javafx.scene.control.TableRow<?> row = table.lookupAll(".table-row-cell").stream()
                .map(node -> (javafx.scene.control.TableRow<?>) node).filter(r -> r.getIndex() == index)
                .findFirst().orElseThrow();
        return table.getColumns().stream().map(column -> row.getChildrenUnmodifiable().stream()
                .map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == column).findFirst()
                .map(cell -> cell.getText() == null ? "" : cell.getText()).orElse("")).toList();
    }

    @Test
    void theCatalog_isReadOnly_withoutNewImportEditOrVerify(FxRobot robot) {
        assertCatalogEditable(robot, false);
        assertNoDialog(robot);
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
