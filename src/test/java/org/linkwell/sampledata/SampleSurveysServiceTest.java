package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.SURVEY_RESPONSE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.surveys.ClientGroup;
import org.linkwell.surveys.MeasureChange;
import org.linkwell.surveys.OutcomeQuery;
import org.linkwell.surveys.Surveys;
import org.linkwell.testing.SampleCatalog;
import org.linkwell.testing.TestDatabases;

/** The sample CHC's surveys: loaded once after the journeys, showing the pilot's direction of change. */
class SampleSurveysServiceTest {
    @TempDir
    Path folder;

    @Test
    void loadBundled_afterTheJourneys_oncedOnly_withThePilotsDirectionOfChange() {
        try (Database database = TestDatabases.open(folder)) {
            Audit audit = TestDatabases.audit();
            SettingsStore settings = new SettingsStore(database, TestDatabases.CLOCK);
            new SampleDataService(database, new ClientRepository(), audit, TestDatabases.CLOCK,
                    TestDatabases.ACCESS).loadBundled();
            ProgramService programs = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                    TestDatabases.CLOCK, TestDatabases.ACCESS);
            programs.apply(SampleCatalog.update());
            new SampleJourneysService(database, new ClientRepository(), programs, settings,
                    SampleJourneysService.Repositories.create(), audit, TestDatabases.CLOCK,
                            TestDatabases.ACCESS).loadBundled();
            Surveys surveys = Surveys.create(database, settings, audit, TestDatabases.CLOCK, TestDatabases.ACCESS);
            SampleSurveysService service = new SampleSurveysService(database, new ClientRepository(),
                    surveys.instruments(), settings, audit, TestDatabases.CLOCK, TestDatabases.ACCESS);

            long start = System.nanoTime();
            int loaded = service.loadBundled();
            System.out.printf("survey load: %.2f s%n", (System.nanoTime() - start) / 1e9);
            assertTrue(loaded > 5000, "surveys loaded: " + loaded);
            assertEquals(loaded, (int) database.read(dsl -> dsl.fetchCount(SURVEY_RESPONSE)));
            assertEquals(-1, service.loadBundled(), "loading twice adds nothing");
            assertEquals(loaded, (int) database.read(dsl -> dsl.fetchCount(SURVEY_RESPONSE)));
            int declinedOrUnreached = database.read(dsl -> dsl.fetchCount(SURVEY_RESPONSE,
                    SURVEY_RESPONSE.STATUS.in("declined", "unreachable")));
            assertTrue(declinedOrUnreached > 100, "declines and could-not-reach are recorded: " + declinedOrUnreached);
            assertTrue(database.read(dsl -> dsl.fetchCount(SURVEY_RESPONSE,
                    SURVEY_RESPONSE.ADMINISTERED_ON.gt(LocalDate.now(TestDatabases.CLOCK)))) == 0);

            List<MeasureChange> year = surveys.outcomes().summarize(new OutcomeQuery(LocalDate.of(2025, 11, 25),
                    LocalDate.of(2026, 11, 24), new ClientGroup.All())).measures();
            Map<String, MeasureChange> byMeasure = year.stream()
                    .collect(Collectors.toMap(m -> m.instrumentId() + "/" + m.measureId(), m -> m));
            MeasureChange loneliness = byMeasure.get("ucla3/total");
            assertTrue(loneliness.clients() > 200, "paired: " + loneliness.clients());
            assertTrue(loneliness.ciHigh() < 0, "loneliness down: " + loneliness);
            assertTrue(byMeasure.get("ons4/satisfaction").ciLow() > 0, "life satisfaction up");
            assertTrue(byMeasure.get("self-rated-health/mental").ciLow() > 0, "mental health up");
            assertTrue(byMeasure.get("belonging/belonging").ciLow() > 0, "belonging up");
            assertTrue(loneliness.improved() > loneliness.worse());
            assertTrue(loneliness.worse() > 0, "not everyone improves");
            System.out.println(year.stream().map(m -> String.format(java.util.Locale.ROOT,
                    "%s/%s n=%d %.2f -> %.2f change %.2f [%.2f, %.2f] %d/%d/%d", m.instrumentId(), m.measureId(),
                    m.clients(), m.meanBaseline(), m.meanFollowUp(), m.meanChange(), m.ciLow(), m.ciHigh(),
                    m.improved(), m.same(), m.worse())).collect(Collectors.joining("\n")));
            assertTrue(surveys.responses().worklist().size() > 10, "some surveys are due now");
        }
    }
}
