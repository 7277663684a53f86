package org.linkwell.referrals.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.TimelineEvent;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestPrograms;
import org.testfx.api.FxRobot;

/** A referral from new to completed, driven through the client's journey tab and seen on the dashboard. */
class JourneyUiTest extends LinkwellUiTest {

    private void press(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryButton();
        // Not interact(): the action may open a modal dialog, which would block until it closes.
        javafx.application.Platform.runLater(button::fire);
        robot.sleep(300);
        settle();
    }

    private void check(FxRobot robot, String id) {
        CheckBox box = robot.lookup(id).query();
        robot.interact(() -> box.setSelected(true));
    }

    @SuppressWarnings("unchecked")
    private <T> void changeStatus(FxRobot robot, T target, String reason) {
        ComboBox<T> choice = robot.lookup("#status-choice").queryComboBox();
        robot.interact(() -> choice.setValue(target));
        TextField why = robot.lookup("#status-reason").query();
        robot.interact(() -> why.setText(reason));
        robot.clickOn("#status-confirm");
        settle();
    }

    @Test
    void referralFromNewToCompleted_throughTheJourneyTab(FxRobot robot) {
        long clientId = context.clients().create(TestClients.draft("Rita", "Desjardins", "CHC-77", LocalDate.of(1950, 1, 1))).id();
        context.staff().save(StaffMember.of("Dr. Ada Osei", StaffMember.Role.PRESCRIBER, Optional.of(StaffMember.Discipline.NURSE)));
        long navigatorId = context.staff().save(StaffMember.of("Sam Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty())).id();
        context.settings().put(SettingsStore.CURRENT_NAVIGATOR, Long.toString(navigatorId));
        context.programs().save(TestPrograms.walkingGroup());
        context.programs().save(TestPrograms.walkingGroup().withIdentity(0, 0, "walk-2"));

        robot.clickOn("#nav-clients");
        settle();
        robot.clickOn("#client-search").write("rita");
        robot.sleep(250);
        settle();
        robot.type(KeyCode.ENTER);
        settle();
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").match(n -> n.getParent() != null
                && n.lookup("#journey-panel") != null).queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        settle();
        assertTrue(robot.lookup("#journey-summary").query().isVisible());

        press(robot, "#journey-new-referral");
        check(robot, "#reason-loneliness");
        check(robot, "#referral-consent");
        robot.clickOn("#referral-save");
        settle();
        press(robot, "#journey-assign");
        robot.clickOn("OK");
        settle();
        press(robot, "#journey-contact");
        TextField nextStep = robot.lookup("#encounter-next-step").query();
        TextField due = robot.lookup("#encounter-due").query();
        robot.interact(() -> {
            nextStep.setText("Send the walking group's map");
            due.setText("2026-11-26");
        });
        robot.clickOn("#encounter-save");
        settle();
        for (int i = 0; i < 2; i++) {
            press(robot, "#journey-prescribe");
            ListView<?> suggestions = robot.lookup("#prescribe-suggestions").queryListView();
            int row = i;
            robot.interact(() -> suggestions.getSelectionModel().select(row));
            robot.clickOn("#prescribe-save");
            settle();
        }
        TableView<SocialPrescription> prescriptions = robot.lookup("#journey-prescriptions").queryTableView();
        robot.interact(() -> prescriptions.getSelectionModel().select(0));
        press(robot, "#journey-prescription-status");
        changeStatus(robot, PrescriptionStatus.STARTED, "");
        robot.interact(() -> prescriptions.getSelectionModel().select(0));
        press(robot, "#journey-prescription-status");
        changeStatus(robot, PrescriptionStatus.COMPLETED, "");

        press(robot, "#journey-referral-status");
        ComboBox<ReferralStatus> offered = robot.lookup("#status-choice").queryComboBox();
        assertFalse(offered.getItems().contains(ReferralStatus.REQUESTED), "an illegal move is never offered");
        changeStatus(robot, ReferralStatus.COMPLETED, "Connected to two programs");

        Referral referral = context.referrals().forClient(clientId).get(0);
        assertEquals(ReferralStatus.COMPLETED, referral.status());
        assertEquals(Optional.of(navigatorId), referral.navigatorId());
        assertEquals(Optional.of(0L), referral.daysToFirstContact());
        List<SocialPrescription> stored = context.prescriptions().forClient(clientId);
        assertEquals(2, stored.size());
        assertTrue(stored.stream().anyMatch(p -> p.status() == PrescriptionStatus.COMPLETED));
        assertTrue(stored.stream().anyMatch(p -> p.status() == PrescriptionStatus.AGREED));
        assertEquals(List.of("requested", "accepted", "in-progress", "completed"),
                context.referrals().history(referral.id()).stream().map(c -> c.to()).toList());
        assertEquals("Connected to two programs", context.referrals().history(referral.id()).get(3).reason());

        ListView<TimelineEvent> timeline = robot.lookup("#journey-timeline").queryListView();
        List<String> keys = timeline.getItems().stream().map(TimelineEvent::messageKey).toList();
        assertTrue(keys.containsAll(List.of("timeline.referral.requested", "timeline.referral.accepted",
                "timeline.encounter", "timeline.prescription.agreed", "timeline.prescription.completed",
                "timeline.referral.completed")), keys.toString());

        press(robot, "#journey-champion");
        robot.clickOn("Make Health Champion");
        settle();
        press(robot, "#journey-champion");
        TextField hours = robot.lookup("#volunteer-hours").query();
        ComboBox<org.linkwell.programs.Program> program = robot.lookup("#volunteer-program").queryComboBox();
        ComboBox<org.linkwell.referrals.HealthChampion.Role> role = robot.lookup("#volunteer-role").queryComboBox();
        robot.interact(() -> {
            hours.setText("2");
            program.setValue(program.getItems().get(1));
            role.setValue(org.linkwell.referrals.HealthChampion.Role.LEADS);
        });
        robot.clickOn("#volunteer-save");
        settle();
        var champion = context.champions().find(clientId).orElseThrow();
        assertEquals(2.0, champion.volunteerHours());
        assertEquals(org.linkwell.referrals.HealthChampion.Role.LEADS, champion.programs().get(0).role());

        press(robot, "#journey-contact");
        TextField later = robot.lookup("#encounter-next-step").query();
        TextField laterDue = robot.lookup("#encounter-due").query();
        robot.interact(() -> {
            later.setText("Call after the first walk");
            laterDue.setText("2026-12-01");
        });
        robot.clickOn("#encounter-save");
        settle();

        robot.clickOn("#nav-dashboard");
        settle();
        assertEquals("1", robot.lookup("#dashboard-count-completed").queryLabeled().getText());
        ListView<?> followUps = robot.lookup("#dashboard-followups").queryListView();
        assertEquals(1, followUps.getItems().size());
        assertTrue(followUps.getItems().get(0).toString().contains("Call after the first walk"));

        robot.clickOn("#nav-clients");
        settle();
        press(robot, "#journey-next-done");
        robot.clickOn("Mark as done");
        settle();
        robot.clickOn("#nav-dashboard");
        settle();
        assertTrue(robot.lookup("#dashboard-followups").queryListView().getItems().isEmpty(), "done steps leave the list");
    }

    @Test
    void aMoveTheLifecycleNoLongerAllows_isRefusedWithAClearMessage(FxRobot robot) {
        long clientId = context.clients().create(TestClients.draft("Paul", "Gauthier", "CHC-78", null)).id();
        long navigatorId = context.staff().save(StaffMember.of("Sam Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty())).id();
        Referral r = context.referrals().create(Referral.draft(clientId, Optional.empty(), LocalDate.of(2026, 11, 2),
                java.util.Set.of(org.linkwell.referrals.ReferralReason.BEREAVEMENT)));
        Referral assigned = context.referrals().assign(r.id(), r.version(), navigatorId);
        Referral inProgress = context.referrals().changeStatus(assigned.id(), assigned.version(), ReferralStatus.IN_PROGRESS, "");
        robot.clickOn("#nav-clients");
        settle();
        robot.clickOn("#client-search").write("gauthier");
        robot.sleep(250);
        settle();
        robot.type(KeyCode.ENTER);
        settle();
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").match(n -> n.lookup("#journey-panel") != null)
                .queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        settle();

        context.referrals().changeStatus(inProgress.id(), inProgress.version(), ReferralStatus.COMPLETED, "Done elsewhere");
        press(robot, "#journey-referral-status");
        changeStatus(robot, ReferralStatus.ON_HOLD, "Client travelling");

        assertTrue(robot.lookup("This cannot be done: what is now \"Completed\" cannot become \"On hold\". "
                + "The latest state is now shown.").tryQuery().isPresent());
        robot.clickOn("OK");
        settle();
        assertEquals(ReferralStatus.COMPLETED, context.referrals().open(r.id()).status());
    }
}
