package org.linkwell.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.linkwell.app.AppContext;
import org.linkwell.app.HeadlessSignIn;
import org.linkwell.core.Permission;
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
    static final String PROGRAMS_FILE = "programs.csv";

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: load or generate.");
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Load the sample CHC into the data file (--db): clients, program catalog and a year of "
                    + "journeys. What is already there is skipped or updated, never duplicated.",
                "On a file that already has logins it asks for an administrator's username and password (or reads "
                        + HeadlessSignIn.USER + " and " + HeadlessSignIn.PASSWORD + ")."})
    static final class Load implements Callable<Integer> {
        @ParentCommand
        SampleDataCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--from", paramLabel = "DIR",
                description = "A folder with clients.csv (default: the copy inside Linkwell).")
        Optional<Path> from;
        @Option(names = "--journeys",
                description = "With --from: load the journey files of that folder too (the program catalog must be "
                        + "loaded already). Without --from, the bundled catalog and journeys are always loaded.")
        boolean journeys;

        @Override
        public Integer call() {
            Path file = parent.main.databaseFile();
            try (AppContext context = org.linkwell.app.HeadlessKeys.context(file, Clock.systemDefaultZone())) {
                // An empty file is being set up: nobody can sign in to it yet. Once it has logins, it asks.
                if (!HeadlessSignIn.signInOrSetUp(context, spec.commandLine().getErr(),
                        System.getProperty("user.name", "local"), Permission.ADMINISTRATION)) {
                    return HeadlessSignIn.REFUSED;
                }
                try {
                    LoadResult result = from.isPresent() ? context.sampleData().load(from.get())
                            : context.sampleData().loadBundled();
                    spec.commandLine().getOut().printf("Loaded %d clients (%d already present) into %s%n",
                            result.created(), result.skipped(), file);
                } catch (SampleDataException e) {
                    spec.commandLine().getErr().println(e.getMessage() + ". Nothing was loaded.");
                    return 1;
                }
                if (from.isPresent() && !journeys) {
                    return 0;
                }
                if (from.isEmpty()) {
                    var catalog = SampleCatalogLoader.loadBundled(context.exchange());
                    spec.commandLine().getOut().printf("Loaded the sample catalog: %d programs added, %d updated; "
                            + "%d organisations added, %d updated%n", catalog.programsCreated(), catalog.programsUpdated(),
                            catalog.organizationsCreated(), catalog.organizationsUpdated());
                }
                int journeysLoaded = loadJourneys(context.sampleJourneys());
                return journeysLoaded != 0 ? journeysLoaded : SampleSurveysLoad.run(spec, context.sampleSurveys(), from);
            }
        }

        private int loadJourneys(SampleJourneysService service) {
            try {
                long start = System.nanoTime();
                JourneyLoadResult result = from.isPresent() ? service.load(from.get()) : service.loadBundled();
                if (result.alreadyLoaded()) {
                    spec.commandLine().getOut().println("The sample journeys were loaded before; nothing added.");
                } else {
                    spec.commandLine().getOut().printf("Loaded %s in %.2f s%n", describe(result.staff(),
                            result.referrals(), result.encounters(), result.prescriptions(), result.champions(),
                            result.volunteerHours()), (System.nanoTime() - start) / 1e9);
                }
                return 0;
            } catch (SampleDataException e) {
                spec.commandLine().getErr().println(e.getMessage() + ". The journeys were not loaded.");
                return 1;
            }
        }
    }

    static String describe(int staff, int referrals, int encounters, int prescriptions, int champions, int hours) {
        return String.format(java.util.Locale.ROOT, "%d staff, %d referrals, %d encounters, %d social prescriptions, "
                + "%d Health Champions with %d volunteer hours entries", staff, referrals, encounters, prescriptions,
                champions, hours);
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write clients.csv with synthetic clients and the journey files with a year of their "
                    + "referrals, encounters, social prescriptions and Health Champions. The same options give the "
                    + "same files.")
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
                description = "Folder to write the files into (default: ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--journeys", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also write the journey files (default: yes; --no-journeys for clients.csv only).")
        boolean journeys;
        @Option(names = "--journeys-as-of", paramLabel = "YYYY-MM-DD",
                description = "The day the journeys are seen from; nothing in them happens after it (default: --as-of).")
        Optional<LocalDate> journeysAsOf;
        @Option(names = "--catalog", paramLabel = "FILE",
                description = "The catalog spreadsheet (programs.csv) to prescribe from (default: programs.csv in "
                        + "--out if there, else the copy inside Linkwell).")
        Optional<Path> catalog;

        @Override
        public Integer call() {
            if (clients < 1 || clients > MAX_CLIENTS) {
                spec.commandLine().getErr().printf("--clients must be from 1 to %d, not %d.%n", MAX_CLIENTS, clients);
                return 2;
            }
            Path file = out.resolve(SampleDataService.CLIENTS_FILE);
            long start = System.nanoTime();
            LocalDate day = asOf.orElseGet(LocalDate::now);
            SampleDataGenerator generator = new SampleDataGenerator(seed, day);
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
            return journeys ? journeys(generator, journeysAsOf.orElse(day)) : 0;
        }

        private int journeys(SampleDataGenerator clientGenerator, LocalDate day) {
            long start = System.nanoTime();
            try (Reader programs = catalogReader()) {
                JourneyGenerator generator = JourneyGenerator.withCatalog(seed, day, programs, catalogName());
                try (JourneyCsvWriter writer = new JourneyCsvWriter(out)) {
                    generator.generate(() -> clientGenerator.clients(clients).iterator(), writer);
                    spec.commandLine().getOut().printf("Wrote journeys to %s: %s in %.2f s%n", out, describe(
                            writer.rows(JourneyFile.STAFF), writer.rows(JourneyFile.REFERRALS),
                            writer.rows(JourneyFile.ENCOUNTERS), writer.rows(JourneyFile.PRESCRIPTIONS),
                            writer.rows(JourneyFile.CHAMPIONS), writer.rows(JourneyFile.HOURS)),
                            (System.nanoTime() - start) / 1e9);
                }
                spec.commandLine().getOut().printf("Wrote %d surveys to %s%n", SampleSurveyFiles.write(seed, day, out),
                        out.resolve("surveys.csv"));
                return 0;
            } catch (SampleDataException e) {
                spec.commandLine().getErr().println(e.getMessage() + ". No journeys were written.");
                return 1;
            } catch (IOException | UncheckedIOException e) {
                spec.commandLine().getErr().println("Cannot write the journeys to " + out + ": " + e.getMessage());
                return 1;
            }
        }

        /** The catalog to prescribe from: --catalog, else programs.csv beside the output, else the bundled one. */
        private Reader catalogReader() throws IOException {
            Optional<Path> file = catalog.or(() -> Optional.of(out.resolve(PROGRAMS_FILE)).filter(Files::exists));
            if (file.isPresent()) {
                if (!Files.exists(file.get())) {
                    throw new SampleDataException(file.get().toString(), "not found");
                }
                return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
            }
            InputStream in = SampleDataCommand.class.getClassLoader()
                    .getResourceAsStream(SampleDataService.BUNDLED_FOLDER + PROGRAMS_FILE);
            if (in == null) {
                throw new SampleDataException(PROGRAMS_FILE, "is not bundled with this build of Linkwell");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        private String catalogName() {
            return catalog.or(() -> Optional.of(out.resolve(PROGRAMS_FILE)).filter(Files::exists))
                    .map(Path::toString).orElse(PROGRAMS_FILE);
        }
    }
}
