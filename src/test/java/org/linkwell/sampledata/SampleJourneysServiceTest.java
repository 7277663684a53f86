package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.linkwell.db.Tables.CHAMPION_PROGRAM;
import static org.linkwell.db.Tables.ENCOUNTER;
import static org.linkwell.db.Tables.HEALTH_CHAMPION;
import static org.linkwell.db.Tables.REFERRAL;
import static org.linkwell.db.Tables.REFERRAL_STATUS_CHANGE;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION_STATUS_CHANGE;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION_SUPPORT;
import static org.linkwell.db.Tables.STAFF;
import static org.linkwell.db.Tables.VOLUNTEER_HOURS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.referrals.ChampionRepository;
import org.linkwell.referrals.ChampionService;
import org.linkwell.referrals.EncounterRepository;
import org.linkwell.referrals.EncounterService;
import org.linkwell.referrals.PrescriptionService;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralRepository;
import org.linkwell.referrals.ReferralService;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.testing.SampleCatalog;
import org.linkwell.testing.TestDatabases;

class SampleJourneysServiceTest {
    private static final LocalDate TODAY = LocalDate.now(TestDatabases.CLOCK);

    @TempDir
    Path folder;
    Database database;
    ProgramService programs;
    SampleJourneysService service;

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
        Audit audit = TestDatabases.audit();
        new SampleDataService(database, new ClientRepository(), audit, TestDatabases.CLOCK,
                TestDatabases.ACCESS).loadBundled();
        programs = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        service = new SampleJourneysService(database, new ClientRepository(), programs,
                new SettingsStore(database, TestDatabases.CLOCK), SampleJourneysService.Repositories.create(), audit,
                TestDatabases.CLOCK, TestDatabases.ACCESS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void loadBundled_afterClientsAndCatalog_createsTheYear() {
        programs.apply(SampleCatalog.update());
        assertFalse(service.isLoaded());

        long start = System.nanoTime();
        JourneyLoadResult result = service.loadBundled();
        System.out.printf("journey load: %.2f s%n", (System.nanoTime() - start) / 1e9);

        assertEquals(new JourneyLoadResult(rows("staff.csv"), rows("referrals.csv"), rows("encounters.csv"),
                rows("prescriptions.csv"), rows("champions.csv"), rows("volunteer_hours.csv"), false), result);
        assertTrue(service.isLoaded());
        assertEquals(result.staff(), count(STAFF));
        assertEquals(result.referrals(), count(REFERRAL));
        assertEquals(result.encounters(), count(ENCOUNTER));
        assertEquals(result.prescriptions(), count(SOCIAL_PRESCRIPTION));
        assertEquals(result.champions(), count(HEALTH_CHAMPION));
        assertEquals(result.volunteerHours(), count(VOLUNTEER_HOURS));
        assertTrue(count(CHAMPION_PROGRAM) >= result.champions());
        assertTrue(count(SOCIAL_PRESCRIPTION_SUPPORT) > 100);
    }

    @Test
    void loadBundled_writesTheStatusHistoryOfEveryReferralAndPrescription() {
        programs.apply(SampleCatalog.update());

        service.loadBundled();

        int referralsWithoutHistory = database.read(dsl -> dsl.fetchCount(REFERRAL, REFERRAL.ID.notIn(dsl.select(
                REFERRAL_STATUS_CHANGE.REFERRAL_ID).from(REFERRAL_STATUS_CHANGE))));
        int prescriptionsWithoutHistory = database.read(dsl -> dsl.fetchCount(SOCIAL_PRESCRIPTION,
                SOCIAL_PRESCRIPTION.ID.notIn(dsl.select(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID)
                        .from(SOCIAL_PRESCRIPTION_STATUS_CHANGE))));
        assertEquals(0, referralsWithoutHistory);
        assertEquals(0, prescriptionsWithoutHistory);
        ReferralService referrals = new ReferralService(database, new ReferralRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        for (long id : database.read(dsl -> dsl.select(REFERRAL.ID).from(REFERRAL).fetch(REFERRAL.ID))) {
            List<ReferralRepository.StatusChange> history = referrals.history(id);
            Referral referral = database.read(dsl -> new ReferralRepository().find(dsl, id)).orElseThrow();
            assertTrue(history.get(0).from().isEmpty());
            assertEquals(ReferralStatus.REQUESTED.code(), history.get(0).to());
            assertEquals(referral.status().code(), history.get(history.size() - 1).to(), "referral " + id);
            Instant previous = Instant.MIN;
            for (ReferralRepository.StatusChange change : history) {
                assertTrue(change.at().isAfter(previous) && change.at().isBefore(TestDatabases.CLOCK.instant()));
                previous = change.at();
            }
            referral.firstContactOn().ifPresent(first -> assertTrue(history.stream().anyMatch(
                    change -> change.to().equals(ReferralStatus.IN_PROGRESS.code()))));
        }
        List<String> lastPrescriptionStatuses = database.read(dsl -> dsl.select(SOCIAL_PRESCRIPTION.STATUS)
                .from(SOCIAL_PRESCRIPTION).orderBy(SOCIAL_PRESCRIPTION.ID).fetch(SOCIAL_PRESCRIPTION.STATUS));
        List<String> lastChanges = database.read(dsl -> dsl.select(SOCIAL_PRESCRIPTION_STATUS_CHANGE.TO_STATUS)
                .from(SOCIAL_PRESCRIPTION_STATUS_CHANGE)
                .where(SOCIAL_PRESCRIPTION_STATUS_CHANGE.ID.in(dsl.select(SOCIAL_PRESCRIPTION_STATUS_CHANGE.ID.max())
                        .from(SOCIAL_PRESCRIPTION_STATUS_CHANGE)
                        .groupBy(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID)))
                .orderBy(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID)
                .fetch(SOCIAL_PRESCRIPTION_STATUS_CHANGE.TO_STATUS));
        assertEquals(lastPrescriptionStatuses, lastChanges);
    }

    @Test
    void loadBundled_auditsEveryCreatedRecord() {
        programs.apply(SampleCatalog.update());
        int before = count(AUDIT_EVENT);

        JourneyLoadResult result = service.loadBundled();

        assertEquals(Map.of(JourneyLoader.STAFF_TABLE, result.staff(), ReferralService.TABLE, result.referrals(),
                EncounterService.TABLE, result.encounters(), PrescriptionService.TABLE, result.prescriptions(),
                ChampionService.TABLE, result.champions()), audited("create"));
        assertEquals(Map.of(ChampionService.TABLE, result.volunteerHours()), audited("update"));
        assertEquals(before + result.staff() + result.referrals() + result.encounters() + result.prescriptions()
                + result.champions() + result.volunteerHours(), count(AUDIT_EVENT));
    }

    @Test
    void loadBundled_leavesWorkForTheNavigators() {
        programs.apply(SampleCatalog.update());

        service.loadBundled();

        ReferralService referrals = new ReferralService(database, new ReferralRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        EncounterService encounters = new EncounterService(database, new EncounterRepository(), referrals,
                TestDatabases.audit(), TestDatabases.CLOCK, TestDatabases.ACCESS);
        assertTrue(encounters.dueBy(TODAY).size() > 20, "overdue next steps");
        assertTrue(encounters.dueBy(TODAY.plusDays(14)).size() > encounters.dueBy(TODAY).size());
        ChampionService champions = new ChampionService(database, new ChampionRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        assertTrue(champions.all().stream().allMatch(c -> !c.programs().isEmpty() && c.volunteerMinutes() > 0));
    }

    @Test
    void loadTwice_addsNothing() {
        programs.apply(SampleCatalog.update());
        service.loadBundled();
        int audit = count(AUDIT_EVENT);
        int referrals = count(REFERRAL);

        JourneyLoadResult again = service.loadBundled();

        assertTrue(again.alreadyLoaded());
        assertEquals(0, again.referrals() + again.prescriptions() + again.staff());
        assertEquals(referrals, count(REFERRAL));
        assertEquals(audit, count(AUDIT_EVENT));
    }

    @Test
    void load_withoutTheCatalog_failsNamingIt_andSavesNothing() {
        int audit = count(AUDIT_EVENT);

        MissingSampleDataException error = assertThrows(MissingSampleDataException.class, service::loadBundled);

        assertEquals(MissingSampleDataException.Missing.CATALOG, error.missing());
        assertTrue(error.getMessage().contains("the program catalog is not loaded yet"), error.getMessage());
        assertTrue(error.getMessage().contains("Load the program catalog (programs.csv and organizations.csv) before "
                + "the journeys"), error.getMessage());
        assertNothingSaved(audit);
    }

    @Test
    void load_withoutTheClients_failsNamingThem_andSavesNothing() throws IOException {
        programs.apply(SampleCatalog.update());
        Path bundled = copyBundled();
        Files.writeString(bundled.resolve("referrals.csv"), Files.readString(bundled.resolve("referrals.csv"))
                .replace("CHC-000002", "CHC-999999"), StandardCharsets.UTF_8);
        replaceIn(bundled, "encounters.csv", "CHC-000002", "CHC-999999");
        replaceIn(bundled, "prescriptions.csv", "CHC-000002", "CHC-999999");
        int audit = count(AUDIT_EVENT);

        MissingSampleDataException error = assertThrows(MissingSampleDataException.class, () -> service.load(bundled));

        assertEquals(MissingSampleDataException.Missing.CLIENTS, error.missing());
        assertTrue(error.getMessage().contains("names 1 chart numbers that are not in the database, like CHC-999999"),
                error.getMessage());
        assertNothingSaved(audit);
    }

    @Test
    void load_impossibleStatusPath_namesFileRowAndColumn_andSavesNothing() throws IOException {
        programs.apply(SampleCatalog.update());
        Path bundled = copyBundled();
        List<String> lines = Files.readAllLines(bundled.resolve("referrals.csv"), StandardCharsets.UTF_8);
        int row = 2;
        while (!lines.get(row - 1).contains(",completed,")) {
            row++;
        }
        lines.set(row - 1, lines.get(row - 1).replace(",completed,", ",requested,"));
        Files.write(bundled.resolve("referrals.csv"), lines, StandardCharsets.UTF_8);
        int audit = count(AUDIT_EVENT);

        SampleDataException error = assertThrows(SampleDataException.class, () -> service.load(bundled));

        assertEquals(row, error.row().orElseThrow());
        assertEquals("status", error.column().orElseThrow());
        assertTrue(error.getMessage().contains("referrals.csv row " + row + ", column status: the dates imply a move"
                + " from in-progress to requested, which is not allowed"), error.getMessage());
        assertNothingSaved(audit);
    }

    private Path copyBundled() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("journeys"));
        for (JourneyFile file : JourneyFile.values()) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream(SampleDataService.BUNDLED_FOLDER + file.fileName)) {
                Files.write(copy.resolve(file.fileName), in.readAllBytes());
            }
        }
        return copy;
    }

    private static void replaceIn(Path folder, String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        Files.writeString(path, Files.readString(path, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    private void assertNothingSaved(int auditRows) {
        assertEquals(0, count(STAFF));
        assertEquals(0, count(REFERRAL));
        assertEquals(0, count(SOCIAL_PRESCRIPTION));
        assertEquals(auditRows, count(AUDIT_EVENT));
        assertFalse(service.isLoaded());
    }

    private Map<String, Integer> audited(String action) {
        return database.read(dsl -> dsl.select(AUDIT_EVENT.TABLE_NAME, org.jooq.impl.DSL.count()).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.TABLE_NAME.ne("client")))
                .groupBy(AUDIT_EVENT.TABLE_NAME).fetchMap(AUDIT_EVENT.TABLE_NAME, org.jooq.impl.DSL.count()));
    }

    private int count(Table<?> table) {
        return database.read(dsl -> dsl.fetchCount(table));
    }

    private int rows(String file) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SampleDataService.BUNDLED_FOLDER + file)) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
