package org.linkwell.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.core.ValidationException;

/** Recording responses (scored, audited, all or nothing) and the schedule of baseline and follow-ups. */
class SurveyServiceTest {
    @TempDir
    Path folder;
    SurveyFixture f;

    @BeforeEach
    void open() {
        f = new SurveyFixture(folder);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private int audits(String action, String table) {
        return f.database.read(dsl -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action)
                .and(AUDIT_EVENT.TABLE_NAME.eq(table))));
    }

    @Test
    void aCompletedResponse_isStoredWithItsInstrumentVersionAndScores_andAudited() {
        long client = f.client("Rita", Map.of());
        SurveyResponse saved = f.ucla(client, 0, LocalDate.of(2026, 11, 20), 3, 2, 3);
        assertEquals(1, saved.instrumentVersion());
        assertEquals("local", saved.enteredBy());
        assertEquals(java.util.Optional.of(8.0), saved.score("total"));
        assertEquals(Map.of("companionship", 3, "left-out", 2, "isolated", 3), saved.answers());
        assertEquals(1, audits("create", SurveyService.TABLE));
        ClientSurveys seen = f.surveys.forClient(client);
        assertEquals(1, seen.responses().size());
        assertEquals(1, audits("view", "client"), "reading a client's surveys is a view of their record");
    }

    @Test
    void declinedAndCouldNotReach_areRecordedAsSuch_withoutAnswersOrScores() {
        long client = f.client("Paul", Map.of());
        SurveyResponse declined = f.surveys.record(SurveyResponse.draft(client, "ons4", 1, 0, LocalDate.of(2026, 11, 2),
                SurveyResponse.Mode.PHONE, SurveyResponse.Status.DECLINED, Map.of()));
        SurveyResponse unreachable = f.surveys.record(SurveyResponse.draft(client, "ons4", 1, 1,
                LocalDate.of(2026, 11, 23), SurveyResponse.Mode.PHONE, SurveyResponse.Status.UNREACHABLE, Map.of()));
        assertEquals(SurveyResponse.Status.DECLINED, declined.status());
        assertEquals(SurveyResponse.Status.UNREACHABLE, unreachable.status());
        assertTrue(declined.scores().isEmpty());
        assertTrue(f.surveys.forClient(client).measures().isEmpty(), "no made-up data from a declined survey");
    }

    @Test
    void severalResponsesAsOneAction_areAllSavedOrNone() {
        long client = f.client("Noor", Map.of());
        SurveyResponse good = SurveyResponse.draft(client, "ons4", 1, 1, LocalDate.of(2026, 11, 24),
                SurveyResponse.Mode.PHONE, SurveyResponse.Status.UNREACHABLE, Map.of());
        SurveyResponse bad = SurveyResponse.draft(client, "belonging", 1, 1, LocalDate.of(2026, 11, 24),
                SurveyResponse.Mode.PHONE, SurveyResponse.Status.COMPLETED, Map.of("belonging", 9));
        assertThrows(ValidationException.class, () -> f.surveys.recordAll(List.of(good, bad)));
        assertTrue(f.surveys.forClient(client).responses().isEmpty(), "nothing half-saved");
        List<SurveyResponse> saved = f.surveys.recordAll(List.of(good, SurveyResponse.draft(client, "ucla3", 1, 1,
                LocalDate.of(2026, 11, 24), SurveyResponse.Mode.PHONE, SurveyResponse.Status.UNREACHABLE, Map.of())));
        assertEquals(2, saved.size());
        assertEquals(2, audits("create", SurveyService.TABLE));
    }

    @Test
    void badInput_isRefusedWholeAndNothingIsSaved() {
        long client = f.client("Ana", Map.of());
        ValidationException outOfRange = assertThrows(ValidationException.class, () -> f.ucla(client, 0,
                LocalDate.of(2026, 11, 20), 3, 4, 3));
        assertEquals("left-out", outOfRange.errors().get(0).field());
        assertThrows(ValidationException.class, () -> f.ucla(client, 0, LocalDate.of(2026, 11, 25), 1, 1, 1));
        assertThrows(ValidationException.class, () -> f.surveys.record(SurveyResponse.draft(client, "ucla3", 1, 0,
                LocalDate.of(2026, 11, 20), SurveyResponse.Mode.PAPER, SurveyResponse.Status.DECLINED,
                Map.of("isolated", 2))));
        assertThrows(ValidationException.class, () -> f.surveys.record(SurveyResponse.draft(client, "ucla3", 7, 0,
                LocalDate.of(2026, 11, 20), SurveyResponse.Mode.PAPER, SurveyResponse.Status.COMPLETED,
                Map.of("isolated", 2))));
        assertTrue(f.surveys.forClient(client).responses().isEmpty());
        assertEquals(0, audits("create", SurveyService.TABLE));
    }

    @Test
    void baselineIsDueWhenTheReferralIsAccepted_followUpsAtThreeAndSixMonths() {
        long client = f.client("Lise", Map.of());
        f.acceptedOn(client, LocalDate.of(2026, 11, 24));
        List<DueSurvey> due = f.surveys.forClient(client).outstanding();
        assertEquals(List.of(0, 1, 2), due.stream().map(DueSurvey::timepoint).toList());
        assertEquals(List.of(LocalDate.of(2026, 11, 24), LocalDate.of(2027, 2, 24), LocalDate.of(2027, 5, 24)),
                due.stream().map(DueSurvey::dueOn).toList());
        assertEquals(DueSurvey.State.DUE, due.get(0).state());
        assertEquals(DueSurvey.State.UPCOMING, due.get(1).state());
        assertEquals(ScheduleSettings.DEFAULT.instrumentIds(), due.get(0).instrumentIds());
        assertEquals(List.of(client), f.surveys.worklist().stream().map(DueSurvey::clientId).toList());
    }

    @Test
    void overdueFollowUps_reachTheWorklist_untilEveryInstrumentIsRecorded() {
        long client = f.client("Marc", Map.of());
        f.acceptedOn(client, LocalDate.of(2026, 8, 1));
        List<DueSurvey> due = f.surveys.forClient(client).outstanding();
        assertEquals(DueSurvey.State.MISSED, due.get(0).state(), "a baseline 115 days late is given up");
        assertEquals(DueSurvey.State.OVERDUE, due.get(1).state(), "follow-up 1 was due on November 1");
        DueSurvey listed = f.surveys.worklist().get(0);
        assertEquals(1, listed.timepoint());
        f.ucla(client, 1, LocalDate.of(2026, 11, 24), 1, 1, 2);
        f.surveys.record(SurveyResponse.draft(client, "ons4", 1, 1, LocalDate.of(2026, 11, 24),
                SurveyResponse.Mode.PHONE, SurveyResponse.Status.DECLINED, Map.of()));
        f.surveys.record(SurveyResponse.draft(client, "belonging", 1, 1, LocalDate.of(2026, 11, 24),
                SurveyResponse.Mode.PHONE, SurveyResponse.Status.COMPLETED, Map.of("belonging", 3)));
        assertEquals(List.of("self-rated-health"), f.surveys.worklist().get(0).instrumentIds());
        f.surveys.record(SurveyResponse.draft(client, "self-rated-health", 1, 1, LocalDate.of(2026, 11, 24),
                SurveyResponse.Mode.PHONE, SurveyResponse.Status.COMPLETED, Map.of("general", 3, "mental", 3)));
        assertTrue(f.surveys.worklist().isEmpty());
    }

    @Test
    void theScheduleIsConfigurable_andABadOneIsRefused() {
        f.surveys.saveSchedule(new ScheduleSettings(List.of(1, 4, 12), List.of("ucla3", "wheel-of-life")));
        assertEquals(new ScheduleSettings(List.of(1, 4, 12), List.of("ucla3", "wheel-of-life")), f.surveys.schedule());
        assertEquals(java.util.Optional.of(List.of(3, 6)), ScheduleSettings.parseMonths(" 3, 6 "));
        assertTrue(ScheduleSettings.parseMonths("6, 3").isEmpty());
        assertTrue(ScheduleSettings.parseMonths("three").isEmpty());
        assertThrows(ValidationException.class, () -> f.surveys.saveSchedule(
                new ScheduleSettings(List.of(3), List.of("wemwbs"))));
        long client = f.client("Jo", Map.of());
        f.acceptedOn(client, LocalDate.of(2026, 11, 24));
        assertEquals(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 3, 24), LocalDate.of(2027, 11, 24)),
                f.surveys.forClient(client).outstanding().stream().skip(1).map(DueSurvey::dueOn).toList());
    }
}
