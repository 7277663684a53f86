package org.linkwell.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.testing.TestDatabases;
import org.linkwell.testing.TestPrograms;

class ProgramServiceTest {
    @TempDir
    Path folder;
    Database database;
    ProgramService service;

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
        service = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void save_thenCatalog_givesBackEveryDetail() {
        Program saved = service.save(TestPrograms.walkingGroup());

        Program read = service.catalog().programs().get(0);
        assertEquals(TestPrograms.walkingGroup().withIdentity(saved.id(), 1, "walk-1"), read);
    }

    @Test
    void save_refusesUnknownInterestAndBadAges_andSavesNothing() {
        Program p = TestPrograms.walkingGroup();
        Program badInterest = new Program(0, 0, "x", "X", "", Optional.empty(), p.category(), p.location(), p.cost(),
                Set.of("underwater-basket-weaving"), p.languages(), p.accessibility(), p.eligibility(), p.capacity(),
                p.joining(), p.contact(), false, false, Optional.empty(), ProgramStatus.ACTIVE, List.of());
        Program badAges = new Program(0, 0, "y", "Y", "", Optional.empty(), p.category(), p.location(), p.cost(),
                Set.of(), p.languages(), p.accessibility(),
                new Program.Eligibility(OptionalInt.of(70), OptionalInt.of(20), Set.of()), p.capacity(),
                p.joining(), p.contact(), false, false, Optional.empty(), ProgramStatus.ACTIVE, List.of());

        assertEquals("validation.program.unknownInterest",
                assertThrows(ValidationException.class, () -> service.save(badInterest)).errors().get(0).messageKey());
        assertEquals("maxAge", assertThrows(ValidationException.class, () -> service.save(badAges)).errors().get(0).field());
        assertTrue(service.catalog().programs().isEmpty());
    }

    @Test
    void apply_upsertsByExternalId_soReimportingUpdatesInsteadOfDuplicating() {
        PartnerOrganization ymca = PartnerOrganization.named("org-ymca", "YMCA of Cornwall");
        CatalogUpdate update = new CatalogUpdate(List.of(ymca),
                List.of(new CatalogUpdate.ImportedProgram(TestPrograms.walkingGroup(), Optional.of("org-ymca"))));

        CatalogUpdate.Result first = service.apply(update);
        CatalogUpdate.Result second = service.apply(update);

        assertEquals(new CatalogUpdate.Result(1, 0, 1, 0), first);
        assertEquals(new CatalogUpdate.Result(0, 1, 0, 1), second);
        Catalog catalog = service.catalog();
        assertEquals(1, catalog.programs().size());
        assertEquals("YMCA of Cornwall", catalog.organizationName(catalog.programs().get(0)));
    }

    @Test
    void needsChecking_afterTwelveMonthsOrWhenNeverVerified() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Program verified = TestPrograms.walkingGroup().withLastVerifiedOn(LocalDate.of(2025, 11, 24));
        Program stale = TestPrograms.walkingGroup().withLastVerifiedOn(LocalDate.of(2025, 11, 23));

        assertTrue(!verified.needsChecking(today));
        assertTrue(stale.needsChecking(today));
        assertTrue(Program.blank().needsChecking(today));
        assertEquals(today, service.markVerified(service.save(stale)).lastVerifiedOn().orElseThrow());
    }

    @Test
    void filter_freeFrenchTuesday() {
        Program walk = TestPrograms.walkingGroup();
        ProgramFilter filter = new ProgramFilter("river", Optional.empty(), Optional.empty(), Optional.of("fr"),
                ProgramFilter.CostFilter.FREE, Optional.of(DayOfWeek.TUESDAY), Optional.empty(), Optional.empty(),
                false, false);
        ProgramFilter wednesday = new ProgramFilter("", Optional.empty(), Optional.empty(), Optional.empty(),
                ProgramFilter.CostFilter.ANY, Optional.of(DayOfWeek.WEDNESDAY), Optional.empty(), Optional.empty(),
                false, false);

        assertTrue(filter.matches(walk, "", LocalDate.of(2026, 11, 24)));
        assertTrue(!wednesday.matches(walk, "", LocalDate.of(2026, 11, 24)));
    }
}
