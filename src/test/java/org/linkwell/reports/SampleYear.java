package org.linkwell.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.sampledata.SampleDataService;
import org.linkwell.sampledata.SampleJourneysService;
import org.linkwell.testing.SampleCatalog;
import org.linkwell.testing.TestDatabases;

/** The sample CHC's year (clients, catalog, journeys) in one temp file, loaded once for a test class. */
final class SampleYear implements AutoCloseable {
    final Path folder;
    final Database database;
    final SettingsStore settings;

    private SampleYear(Path folder, Database database) {
        this.folder = folder;
        this.database = database;
        this.settings = new SettingsStore(database, TestDatabases.CLOCK);
    }

    static SampleYear load() {
        try {
            Path folder = Files.createTempDirectory("linkwell-reports");
            Database database = TestDatabases.open(folder);
            Audit audit = TestDatabases.audit();
            ClientRepository clients = new ClientRepository();
            new SampleDataService(database, clients, audit, TestDatabases.CLOCK, TestDatabases.ACCESS).loadBundled();
            ProgramService programs = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                    TestDatabases.CLOCK, TestDatabases.ACCESS);
            programs.apply(SampleCatalog.update());
            SampleYear year = new SampleYear(folder, database);
            new SampleJourneysService(database, clients, programs, year.settings,
                    SampleJourneysService.Repositories.create(), audit, TestDatabases.CLOCK,
                            TestDatabases.ACCESS).loadBundled();
            return year;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FunderReportService service(OutcomeFigures outcomes) {
        return new FunderReportService(database, new ReportRepository(), outcomes, new ReportSettings(settings),
                new Messages(Locale.CANADA), TestDatabases.CLOCK, () -> "Riverside CHC", TestDatabases.ACCESS);
    }

    long count(String sql, Object... bindings) {
        return database.read(dsl -> ((Number) dsl.fetchValue(sql, bindings)).longValue());
    }

    List<org.jooq.Record> rows(String sql, Object... bindings) {
        return database.read(dsl -> dsl.fetch(sql, bindings));
    }

    Optional<Long> value(String sql, Object... bindings) {
        return database.read(dsl -> Optional.ofNullable(dsl.fetchValue(sql, bindings)).map(v -> ((Number) v).longValue()));
    }

    @Override
    public void close() {
        database.close();
    }
}
