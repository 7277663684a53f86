package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.linkwell.db.Tables.PROGRAM;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.testing.TestDatabases;
import org.linkwell.testing.TestPrograms;

/** Two people edit the same program: the first save wins, the second is refused and writes nothing. */
class VersionedRowsTest {
    @TempDir
    Path folder;

    @Test
    void secondSaveFromAnOldCopy_isRefused_andTheFirstSaveStays() {
        try (Database database = TestDatabases.open(folder)) {
            ProgramService programs = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                    TestDatabases.CLOCK, TestDatabases.ACCESS);
            Program stored = programs.save(TestPrograms.walkingGroup());
            Instant created = createdAt(database, stored.id());

            Program first = programs.save(renamed(stored, "Tuesday Walk"));
            assertEquals(stored.version() + 1, first.version());
            assertThrows(StaleRecordException.class, () -> programs.save(renamed(stored, "Wednesday Walk")));

            Program read = programs.catalog().programs().get(0);
            assertEquals("Tuesday Walk", read.name());
            assertEquals(first.version(), read.version());
            assertEquals(created, createdAt(database, stored.id()), "the creation time is kept");
        }
    }

    private static Program renamed(Program p, String title) {
        return new Program(p.id(), p.version(), p.externalId(), title, p.description(), p.organizationId(),
                p.category(), p.location(), p.cost(), p.interestCodes(), p.languages(), p.accessibility(),
                p.eligibility(), p.capacity(), p.joining(), p.contact(), p.coCreated(), p.championLed(),
                p.lastVerifiedOn(), p.status(), p.schedules());
    }

    private static Instant createdAt(Database database, long id) {
        return database.read(dsl -> dsl.select(PROGRAM.CREATED_AT).from(PROGRAM).where(PROGRAM.ID.eq(id))
                .fetchOne(PROGRAM.CREATED_AT));
    }
}
