package org.linkwell.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.Main;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code linkwell sample-data load|generate}: the synthetic sample CHC, headless. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Load or generate the synthetic sample CHC. Every person in it is made up.",
        subcommands = {SampleDataCommand.Load.class, SampleDataCommand.Generate.class})
public final class SampleDataCommand implements Runnable {
    static final int MAX_CLIENTS = 5_000_000;

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: load or generate.");
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load the sample clients into the data file (--db). Clients already there are skipped.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        SampleDataCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--from", paramLabel = "DIR",
                description = "A folder with clients.csv (default: the copy inside Linkwell).")
        Optional<Path> from;

        @Override
        public Integer call() {
            Path file = parent.main.databaseFile();
            Clock clock = Clock.systemDefaultZone();
            try (Database database = Database.open(file)) {
                SampleDataService service = new SampleDataService(database, new ClientRepository(),
                        new Audit(clock, () -> System.getProperty("user.name", "local")), clock);
                LoadResult result = from.isPresent() ? service.load(from.get()) : service.loadBundled();
                spec.commandLine().getOut().printf("Loaded %d clients (%d already present) into %s%n",
                        result.created(), result.skipped(), file);
                if (from.isEmpty()) {
                    var catalog = SampleCatalogLoader.loadBundled(SampleCatalogLoader.exchange(database, clock));
                    spec.commandLine().getOut().printf("Loaded the sample catalog: %d programs added, %d updated; "
                            + "%d organisations added, %d updated%n", catalog.programsCreated(), catalog.programsUpdated(),
                            catalog.organizationsCreated(), catalog.organizationsUpdated());
                }
                return 0;
            } catch (SampleDataException e) {
                spec.commandLine().getErr().println(e.getMessage() + ". Nothing was loaded.");
                return 1;
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write clients.csv with synthetic clients. The same seed and --as-of give the same file.")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--clients", paramLabel = "N", defaultValue = "1100",
                description = "How many clients (default: ${DEFAULT-VALUE}).")
        int clients;
        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SampleDataGenerator.DEFAULT_SEED,
                description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "The day ages are counted on; no date falls after it (default: today).")
        Optional<LocalDate> asOf;
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-data",
                description = "Folder to write clients.csv into (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() {
            if (clients < 1 || clients > MAX_CLIENTS) {
                spec.commandLine().getErr().printf("--clients must be from 1 to %d, not %d.%n", MAX_CLIENTS, clients);
                return 2;
            }
            Path file = out.resolve(SampleDataService.CLIENTS_FILE);
            long start = System.nanoTime();
            SampleDataGenerator generator = new SampleDataGenerator(seed, asOf.orElseGet(LocalDate::now));
            try {
                Files.createDirectories(out);
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    ClientCsvWriter.write(generator.clients(clients), writer);
                }
            } catch (IOException | UncheckedIOException e) {
                spec.commandLine().getErr().println("Cannot write " + file + ": " + e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().printf("Wrote %d synthetic clients to %s in %.2f s%n", clients, file,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
