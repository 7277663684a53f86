package org.linkwell.surveys.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.StaffMember;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.SurveyResponse;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.testfx.api.FxRobot;

/** A baseline and a follow-up entered by keyboard alone, seen as a change on the client's page; a bad definition file refused. */
class SurveysUiTest extends LinkwellUiTest {

    private void press(FxRobot robot, String id) {
        // A button's text carries its Alt letter ("_Open the form"): match the words as shown.
        javafx.scene.control.Button button = id.startsWith("#") ? robot.lookup(id).queryButton()
                : robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                        && org.linkwell.ui.Mnemonics.plain(b.getText()).equals(id)).queryButton();
        // Not interact(): the action opens a modal dialog, which would block until it closes.
        javafx.application.Platform.runLater(button::fire);
        robot.sleep(300);
        settle();
    }

    /** Below the fold of the settings page: pressed without scrolling to it (it opens no dialog). */
    private void fire(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryButton();
        robot.interact(button::fire);
        settle();
    }

    /** Answers the open form by keys only: each digit answers a question, Enter moves on (and saves after the last). */
    private void answer(FxRobot robot, KeyCode... digits) {
        for (KeyCode digit : digits) {
            robot.type(digit);
            robot.type(KeyCode.ENTER);
        }
        robot.sleep(200);
        settle();
    }

    private long acceptedClient() {
        long clientId = context.clients().create(TestClients.draft("Rita", "Desjardins", "CHC-77", LocalDate.of(1950, 1, 1))).id();
        long navigator = context.staff().save(StaffMember.of("Sam Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty())).id();
        Referral referral = context.referrals().create(Referral.draft(clientId, Optional.empty(), LocalDate.of(2026, 11, 20),
                Set.of(ReferralReason.LONELINESS)));
        context.referrals().assign(referral.id(), referral.version(), navigator);
        context.surveys().responses().saveSchedule(new ScheduleSettings(List.of(3, 6), List.of("ucla3")));
        return clientId;
    }

    private String changes(FxRobot robot) {
        VBox lines = robot.lookup("#surveys-changes").query();
        return lines.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void baselineAndFollowUp_byKeyboardOnly_showTheChangeOnTheClientsPage(FxRobot robot) {
        long clientId = acceptedClient();
        robot.clickOn("#nav-programs");
        settle();
        robot.clickOn("#nav-dashboard");
        settle();
        ListView<?> dueOnDashboard = robot.lookup("#dashboard-surveys-due").queryListView();
        assertEquals(1, dueOnDashboard.getItems().size());
        assertTrue(dueOnDashboard.getItems().get(0).toString().contains("Rita"), dueOnDashboard.getItems().toString());

        robot.interact(() -> {
            dueOnDashboard.requestFocus();
            dueOnDashboard.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        robot.sleep(300);
        settle();
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n.lookup("#surveys-panel") != null).queryAs(TabPane.class);
        assertEquals("surveys-panel", tabs.getSelectionModel().getSelectedItem().getContent().getId(),
                "a row of the worklist opens the client on their Surveys tab");
        ListView<?> due = robot.lookup("#surveys-due").queryListView();
        assertTrue(due.getItems().get(0).toString().contains("timepoint=0"), due.getItems().toString());

        press(robot, "#surveys-enter");
        TextField first = robot.lookup("#survey-item-companionship").query();
        assertTrue(first.isFocused(), "the form starts on the first question");
        answer(robot, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT3);
        assertTrue(changes(robot).contains("Loneliness (UCLA-3): 8 (one survey so far)"), changes(robot));

        press(robot, "#surveys-enter");
        answer(robot, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2);

        List<SurveyResponse> stored = context.surveys().responses().forClient(clientId).responses();
        assertEquals(List.of(0, 1), stored.stream().map(SurveyResponse::timepoint).toList());
        assertEquals(Optional.of(4.0), stored.get(1).score("total"));
        assertTrue(changes(robot).contains("Loneliness (UCLA-3) 8 → 4, better"), changes(robot));
        TableView<?> responses = robot.lookup("#surveys-responses").queryTableView();
        assertEquals(2, responses.getItems().size());
        assertTrue(robot.lookup("#surveys-charts").queryAs(javafx.scene.layout.FlowPane.class).getChildren().size() == 1);

        press(robot, "#surveys-other");
        javafx.scene.control.ComboBox<InstrumentDefinition> instrument = robot.lookup("#survey-choose-instrument").queryComboBox();
        robot.interact(() -> instrument.setValue(instrument.getItems().stream()
                .filter(d -> d.id().equals("wheel-of-life")).findFirst().orElseThrow()));
        press(robot, "Open the form");
        for (String typed : List.of("7", "8", "5", "3", "6", "9", "4", "5", "10")) {
            for (char digit : typed.toCharArray()) {
                robot.type(KeyCode.getKeyCode(String.valueOf(digit)));
            }
            robot.type(KeyCode.ENTER);
        }
        robot.sleep(200);
        settle();
        assertTrue(robot.lookup("#wheel-chart").tryQuery().isPresent(), "the Wheel of Life is drawn as a radar");
        // (7+8+5+3+6+9+4+5+10) / 9 = 57 / 9 = 6.3
        assertTrue(changes(robot).contains("Wheel of Life, mean of the domains (0-10): 6.3 (one survey so far)"),
                changes(robot));

        robot.clickOn("#nav-dashboard");
        settle();
        assertTrue(robot.lookup("#dashboard-surveys-due").queryListView().getItems().isEmpty(),
                "the baseline is done and the follow-ups are months away");
    }

    @Test
    void aBadDefinitionFile_isRefusedNamingTheLine_andAGoodOneIsAdded(FxRobot robot) throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, """
                {
                  "id": "my-scale",
                  "version": 1,
                  "name": {"en": "My scale", "fr": "Mon échelle"},
                  "citation": "Ours.",
                  "licence": "Ours.",
                  "items": [
                    {"id": "a", "text": {"en": "A?", "fr": "A?"}, "range": {"min": 0, "max": 10}}
                  ],
                  "measures": [
                    {"id": "a", "label": {"en": "A", "fr": "A"}, "items": ["b"], "rule": "item", "higherIsBetter": true}
                  ]
                }
                """);
        robot.clickOn("#nav-settings");
        settle();
        TextField file = robot.lookup("#instrument-file").query();
        robot.interact(() -> file.setText(bad.toString()));
        fire(robot, "#instrument-load");
        Label result = robot.lookup("#instrument-load-result").query();
        assertEquals("Line 11: there is no item \"b\" for measures[1].", result.getText());
        TableView<?> table = robot.lookup("#instruments-table").queryTableView();
        assertEquals(8, table.getItems().size(), "nothing was added");

        Files.writeString(bad, Files.readString(bad).replace("[\"b\"]", "[\"a\"]"));
        fire(robot, "#instrument-load");
        assertEquals("My scale, version 1, was added.", result.getText());
        assertEquals(9, table.getItems().size());
        assertTrue(context.surveys().instruments().latest("my-scale").map(InstrumentDefinition::version).isPresent());
    }
}
