package org.linkwell.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.EquityQuestion;

/** The outcomes summary's pairing rule, statistics and groups, on a real data file. */
class OutcomesServiceTest {
    @TempDir
    Path folder;

    private static final LocalDate BASE = LocalDate.of(2026, 3, 2);

    @Test
    void pairsBaselineWithTheLatestFollowUpInRange_withMeanChangeAndTConfidenceInterval() {
        try (SurveyFixture f = new SurveyFixture(folder)) {
            long a = f.client("Ann", Map.of(EquityQuestion.FRANCOPHONE, "yes"));
            long b = f.client("Ben", Map.of(EquityQuestion.FRANCOPHONE, "yes"));
            long c = f.client("Cal", Map.of(EquityQuestion.FRANCOPHONE, "no"));
            long d = f.client("Dee", Map.of());
            long e = f.client("Eve", Map.of());
            // UCLA-3 totals, baseline → follow-up: 7 → 4, 6 → 5, 8 → 4, 5 → 5, 9 → 6
            f.ucla(a, 0, BASE, 3, 2, 2);
            f.ucla(a, 1, LocalDate.of(2026, 6, 1), 2, 2, 2);
            f.ucla(a, 2, LocalDate.of(2026, 9, 1), 2, 1, 1);
            f.ucla(b, 0, BASE, 2, 2, 2);
            f.ucla(b, 1, LocalDate.of(2026, 6, 2), 2, 2, 1);
            f.ucla(c, 0, BASE, 3, 3, 2);
            f.ucla(c, 1, LocalDate.of(2026, 6, 3), 2, 1, 1);
            f.ucla(d, 0, BASE, 2, 2, 1);
            f.ucla(d, 1, LocalDate.of(2026, 6, 4), 2, 2, 1);
            f.ucla(e, 0, BASE, 3, 3, 3);
            f.ucla(e, 1, LocalDate.of(2026, 6, 5), 2, 2, 2);
            long noFollowUp = f.client("Fay", Map.of());
            f.ucla(noFollowUp, 0, BASE, 1, 1, 1);
            int auditsBefore = f.database.read(dsl -> dsl.fetchCount(AUDIT_EVENT));

            MeasureChange all = only(f.outcomes.summarize(new OutcomeQuery(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), new ClientGroup.All())));
            assertEquals(5, all.clients());
            assertEquals("Loneliness (UCLA-3)", all.label().get("en"));
            assertEquals(7.0, all.meanBaseline(), 1e-12);
            assertEquals(4.8, all.meanFollowUp(), 1e-12);
            // differences −3, −1, −4, 0, −3: the same numbers PairedChangeTest works by hand
            assertEquals(-2.2, all.meanChange(), 1e-12);
            assertEquals(-2.2 - 2.7764 * Math.sqrt(2.7 / 5), all.ciLow(), 1e-4);
            assertEquals(-2.2 + 2.7764 * Math.sqrt(2.7 / 5), all.ciHigh(), 1e-4);
            assertEquals(4, all.improved());
            assertEquals(1, all.same());
            assertEquals(0, all.worse());
            assertEquals(auditsBefore, (int) f.database.read(dsl -> dsl.fetchCount(AUDIT_EVENT)), "aggregates are not client views");

            MeasureChange summer = only(f.outcomes.summarize(new OutcomeQuery(LocalDate.of(2026, 5, 1),
                    LocalDate.of(2026, 7, 31), new ClientGroup.All())));
            assertEquals(5, summer.clients());
            assertEquals(-1.8, summer.meanChange(), 1e-12, "Ann's June follow-up (6) is the latest in range: 7 → 6");

            MeasureChange francophone = only(f.outcomes.summarize(new OutcomeQuery(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), new ClientGroup.Equity(EquityQuestion.FRANCOPHONE, "yes"))));
            assertEquals(2, francophone.clients());
            assertEquals(-2.0, francophone.meanChange(), 1e-12);
            assertTrue(f.outcomes.summarize(new OutcomeQuery(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    new ClientGroup.All())).measures().isEmpty());

            // Several groups at once (the funder report's equity groups): the same summaries, in the order asked.
            var several = f.outcomes.summarizeAll(java.util.List.of(
                    new OutcomeQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                            new ClientGroup.Equity(EquityQuestion.FRANCOPHONE, "yes")),
                    new OutcomeQuery(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), new ClientGroup.All()),
                    new OutcomeQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                            new ClientGroup.Equity(EquityQuestion.FRANCOPHONE, "no"))));
            assertEquals(francophone, only(several.get(0)));
            assertEquals(summer, only(several.get(1)));
            assertEquals(1, only(several.get(2)).clients());
        }
    }

    @Test
    void aClientsMeasuresOverTime_sayBetterInTheMeasuresDirection_andAreAuditedAsAView() {
        try (SurveyFixture f = new SurveyFixture(folder)) {
            long a = f.client("Ann", Map.of());
            f.ucla(a, 0, BASE, 3, 2, 2);
            f.ucla(a, 1, LocalDate.of(2026, 6, 1), 2, 1, 1);
            int views = f.database.read(dsl -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("view")));
            List<ClientMeasure> measures = f.outcomes.forClient(a);
            ClientMeasure loneliness = measures.get(0);
            assertEquals(List.of(new ScorePoint(BASE, 7), new ScorePoint(LocalDate.of(2026, 6, 1), 4)), loneliness.history());
            assertEquals(new ClientMeasure.Change(7, 4, -3, ClientMeasure.Direction.BETTER), loneliness.change());
            assertEquals(views + 1, (int) f.database.read(dsl -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("view"))));
        }
    }

    private static MeasureChange only(OutcomesSummary summary) {
        assertEquals(1, summary.measures().size(), summary.toString());
        return summary.measures().get(0);
    }
}
