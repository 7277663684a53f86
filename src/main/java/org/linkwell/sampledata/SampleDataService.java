package org.linkwell.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.InterestOption;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;

/**
 * Loads the synthetic sample CHC into the database: all of a file in one transaction, each new
 * client audited as created; a client whose chart number is already there is skipped, so
 * loading twice changes nothing.
 */
public final class SampleDataService {
    public static final String CLIENTS_FILE = "clients.csv";
    /** Where the pom puts sample-data/*.csv inside the jar. */
    public static final String BUNDLED_FOLDER = "org/linkwell/sampledata/data/";

    private final Database database;
    private final ClientRepository repository;
    private final Audit audit;
    private final Clock clock;
    private final org.linkwell.core.Access access;

    /** Loading needs {@link org.linkwell.core.Permission#ADMINISTRATION} (or a trusted set-up job). */
    public SampleDataService(Database database, ClientRepository repository, Audit audit, Clock clock,
                             org.linkwell.core.Access access) {
        this.access = access;
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** True before the first client is saved: the moment the app offers the sample data. */
    public boolean isDatabaseEmpty() {
        return database.read(dsl -> repository.count(dsl, StatusFilter.ALL)) == 0;
    }

    /** Loads the sample clients that travel inside Linkwell. */
    public LoadResult loadBundled() {
        access.require(org.linkwell.core.Permission.ADMINISTRATION);
        String resource = BUNDLED_FOLDER + CLIENTS_FILE;
        InputStream in = SampleDataService.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SampleDataException(CLIENTS_FILE, "is not bundled with this build of Linkwell");
        }
        return load(in, CLIENTS_FILE);
    }

    /** Loads clients.csv from {@code folder}. */
    public LoadResult load(Path folder) {
        access.require(org.linkwell.core.Permission.ADMINISTRATION);
        Path file = folder.resolve(CLIENTS_FILE);
        try {
            return load(Files.newInputStream(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new SampleDataException(file.toString(), "not found", e);
        } catch (IOException e) {
            throw new SampleDataException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private LoadResult load(InputStream in, String source) {
        List<Client> clients;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Set<String> interestCodes = database.read(repository::interests).stream()
                    .map(InterestOption::code).collect(Collectors.toSet());
            clients = new ClientCsvReader(source, interestCodes, LocalDate.now(clock)).read(reader);
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a malformed file (a stray quote, say) as an I/O problem with the line number.
            throw new SampleDataException(source, "is not a readable CSV file (" + e.getMessage() + ")", e);
        }
        return database.transaction(tx -> {
            Set<String> known = repository.idsByChartNumber(tx).keySet();
            List<Client> fresh = clients.stream()
                    .filter(client -> !known.contains(client.identity().chartNumber()))
                    .toList();
            audit.recordAll(tx, repository.insertAll(tx, fresh, clock.instant()).stream()
                    .map(id -> new Audit.Entry(Audit.Action.CREATE, ClientService.TABLE, id)).toList());
            return new LoadResult(fresh.size(), clients.size() - fresh.size());
        });
    }
}
