package org.linkwell.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramService;
import org.linkwell.referrals.ChampionRepository;
import org.linkwell.referrals.EncounterRepository;
import org.linkwell.referrals.PrescriptionRepository;
import org.linkwell.referrals.ReferralRepository;
import org.linkwell.referrals.StaffRepository;

/**
 * Loads the sample CHC's year of journeys (staff, referrals, encounters, social prescriptions, Health
 * Champions and their hours) into a database that already holds the sample clients and the program
 * catalog: clients → catalog → journeys. All of it in one transaction, audited record by record, with
 * the status history of every referral and prescription; loading again adds nothing.
 */
public final class SampleJourneysService {
    /** The referral feature's repositories, used inside the load's one transaction. */
    public record Repositories(StaffRepository staff, ReferralRepository referrals, EncounterRepository encounters,
                               PrescriptionRepository prescriptions, ChampionRepository champions) {
        public static Repositories create() {
            return new Repositories(new StaffRepository(), new ReferralRepository(), new EncounterRepository(),
                    new PrescriptionRepository(), new ChampionRepository());
        }
    }

    private final Database database;
    private final ClientRepository clients;
    private final ProgramService programs;
    private final SettingsStore settings;
    private final Repositories repositories;
    private final Audit audit;
    private final Clock clock;
    private final org.linkwell.core.Access access;

    /** access: who is loading (recorded where the story names nobody); loading needs ADMINISTRATION or a trusted job. */
    public SampleJourneysService(Database database, ClientRepository clients, ProgramService programs,
                                 SettingsStore settings, Repositories repositories, Audit audit, Clock clock,
                                 org.linkwell.core.Access access) {
        this.database = database;
        this.clients = clients;
        this.programs = programs;
        this.settings = settings;
        this.repositories = repositories;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** True once the sample journeys are in this database. */
    public boolean isLoaded() {
        return settings.get(SettingsStore.SAMPLE_JOURNEYS_LOADED).isPresent();
    }

    /** Loads the journeys that travel inside Linkwell. */
    public JourneyLoadResult loadBundled() {
        access.require(org.linkwell.core.Permission.ADMINISTRATION);
        return load(new JourneyCsvReader.Files() {
            @Override
            public Reader open(JourneyFile file) {
                InputStream in = SampleJourneysService.class.getClassLoader()
                        .getResourceAsStream(SampleDataService.BUNDLED_FOLDER + file.fileName);
                if (in == null) {
                    throw new SampleDataException(file.fileName, "is not bundled with this build of Linkwell");
                }
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public String name(JourneyFile file) {
                return file.fileName;
            }
        });
    }

    /** Loads the journey files from {@code folder} (as written by {@code sample-data generate}). */
    public JourneyLoadResult load(Path folder) {
        access.require(org.linkwell.core.Permission.ADMINISTRATION);
        return load(new JourneyCsvReader.Files() {
            @Override
            public Reader open(JourneyFile file) throws IOException {
                try {
                    return Files.newBufferedReader(folder.resolve(file.fileName), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new SampleDataException(name(file), "not found", e);
                }
            }

            @Override
            public String name(JourneyFile file) {
                return folder.resolve(file.fileName).toString();
            }
        });
    }

    private JourneyLoadResult load(JourneyCsvReader.Files files) {
        if (isLoaded()) {
            return JourneyLoadResult.skipped();
        }
        Journeys journeys = JourneyCsvReader.read(files);
        new JourneyChecks(files::name, LocalDate.now(clock)).check(journeys);
        Map<String, Long> programIds = programs.catalog().programs().stream()
                .collect(Collectors.toMap(Program::externalId, Program::id));
        requirePrograms(journeys, programIds, files);
        return database.transaction(tx -> {
            if (settings.get(tx, SettingsStore.SAMPLE_JOURNEYS_LOADED).isPresent()) {
                return JourneyLoadResult.skipped();
            }
            Map<String, Long> clientIds = clients.idsByChartNumber(tx);
            requireClients(journeys, clientIds, files);
            JourneyLoadResult result = new JourneyLoader(tx, repositories, audit, clock.instant(), clock.getZone(),
                    access.actor(), clientIds, programIds).load(journeys);
            settings.put(tx, SettingsStore.SAMPLE_JOURNEYS_LOADED, clock.instant().toString());
            return result;
        });
    }

    private static void requireClients(Journeys journeys, Map<String, Long> known, JourneyCsvReader.Files files) {
        Set<String> missing = missing(Stream.of(journeys.referrals().stream().map(Journeys.ReferralRow::chartNumber),
                journeys.encounters().stream().map(Journeys.EncounterRow::chartNumber),
                journeys.prescriptions().stream().map(Journeys.PrescriptionRow::chartNumber),
                journeys.champions().stream().map(Journeys.ChampionRow::chartNumber)).flatMap(Function.identity()),
                known);
        if (!missing.isEmpty()) {
            String problem = (known.isEmpty() ? "no clients are loaded yet, and the journeys name " + missing.size() + " clients, like "
                    : "names " + missing.size() + " chart numbers that are not in the database, like ")
                    + sample(missing) + ". Load the sample clients (clients.csv) before the journeys";
            throw new MissingSampleDataException(files.name(JourneyFile.REFERRALS),
                    MissingSampleDataException.Missing.CLIENTS, missing.size(), problem);
        }
    }

    private static void requirePrograms(Journeys journeys, Map<String, Long> known, JourneyCsvReader.Files files) {
        Set<String> missing = missing(Stream.of(
                journeys.prescriptions().stream().flatMap(p -> p.program().stream()),
                journeys.champions().stream().flatMap(c -> c.programs().stream().map(Journeys.ProgramRole::program)),
                journeys.hours().stream().flatMap(h -> h.program().stream())).flatMap(Function.identity()), known);
        if (!missing.isEmpty()) {
            String problem = (known.isEmpty() ? "the program catalog is not loaded yet, and the journeys prescribe "
                    + missing.size() + " of its programs, like " : "names " + missing.size()
                    + " programs that are not in the program catalog, like ") + sample(missing)
                    + ". Load the program catalog (programs.csv and organizations.csv) before the journeys";
            throw new MissingSampleDataException(files.name(JourneyFile.PRESCRIPTIONS),
                    MissingSampleDataException.Missing.CATALOG, missing.size(), problem);
        }
    }

    private static Set<String> missing(Stream<String> named, Map<String, Long> known) {
        return named.filter(key -> !known.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first three, for a message of one line. */
    private static String sample(Set<String> missing) {
        String first = missing.stream().limit(3).collect(Collectors.joining(", "));
        return missing.size() > 3 ? first + "..." : first;
    }
}
