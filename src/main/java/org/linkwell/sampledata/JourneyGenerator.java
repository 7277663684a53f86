package org.linkwell.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linkwell.clients.Client;

/**
 * Makes a year of synthetic journeys for the sample CHC's clients: about one referral per client from
 * some 25 prescribers to six navigators, encounters, around three social prescriptions per referral
 * to programs of the catalog that fit the client, and Health Champions. Client n's journey depends
 * only on the seed, the client, n, the catalog and the as-of day, so the same inputs give the same data;
 * no date of anything that happened falls after the as-of day.
 */
public final class JourneyGenerator {
    private static final long JOURNEY_SALT = 0x6A6F75726E657973L;
    private static final long CHAMPION_SALT = 0x6368616D70696F6EL;

    private final long seed;
    private final LocalDate asOf;
    private final ReferralPlanner referrals;
    private final EncounterPlanner encounters;
    private final PrescriptionPlanner prescriptions;
    private final ChampionPlanner champions;

    JourneyGenerator(long seed, LocalDate asOf, List<CatalogRow> catalog) {
        this.seed = seed;
        this.referrals = new ReferralPlanner(asOf);
        this.encounters = new EncounterPlanner(asOf);
        this.prescriptions = new PrescriptionPlanner(catalog, asOf);
        this.champions = new ChampionPlanner(catalog, asOf);
        this.asOf = asOf;
    }

    /** A generator prescribing from a catalog spreadsheet (programs.csv). */
    public static JourneyGenerator withCatalog(long seed, LocalDate asOf, Reader programsCsv, String source)
            throws IOException {
        return new JourneyGenerator(seed, asOf, CatalogRow.read(programsCsv, source));
    }

    /** Where the journey rows go, in file order per kind: staff first, champions and hours last. */
    public interface Sink {
        void staff(Journeys.StaffRow row) throws IOException;

        void referral(Journeys.ReferralRow row) throws IOException;

        void encounter(Journeys.EncounterRow row) throws IOException;

        void prescription(Journeys.PrescriptionRow row) throws IOException;

        void champion(Journeys.ChampionRow row) throws IOException;

        void hours(Journeys.HoursRow row) throws IOException;
    }

    /** All journeys in memory. */
    public Journeys generate(List<Client> clients) {
        Collector collector = new Collector();
        try {
            generate(clients, collector);
        } catch (IOException e) {
            throw new IllegalStateException("a collector in memory does not fail", e);
        }
        return collector.journeys();
    }

    /** Streams the journeys of {@code clients} (client n is the n-th, from 1) into {@code sink}. */
    public void generate(Iterable<Client> clients, Sink sink) throws IOException {
        for (Journeys.StaffRow staff : StaffRoster.all()) {
            sink.staff(staff);
        }
        List<ChampionPlanner.Candidate> candidates = new ArrayList<>();
        int number = 0;
        for (Client client : clients) {
            number++;
            ClientFacts facts = new ClientFacts(client, number, asOf);
            Pick pick = Pick.forClient(seed ^ JOURNEY_SALT, number);
            List<Journeys.PrescriptionRow> prescribed = new ArrayList<>();
            for (ReferralPlanner.Plan plan : referrals.plan(pick, facts)) {
                sink.referral(plan.row());
                List<Journeys.EncounterRow> met = encounters.plan(pick, facts, plan);
                for (Journeys.EncounterRow encounter : met) {
                    sink.encounter(encounter);
                }
                List<LocalDate> days = met.stream().map(Journeys.EncounterRow::occurredOn).toList();
                for (Journeys.PrescriptionRow prescription : prescriptions.plan(pick, facts, plan, days)) {
                    sink.prescription(prescription);
                    prescribed.add(prescription);
                }
            }
            champions.candidate(Pick.forClient(seed ^ CHAMPION_SALT, number), facts, prescribed)
                    .ifPresent(candidates::add);
        }
        for (ChampionPlanner.Candidate who : champions.choose(candidates, ChampionPlanner.howMany(number))) {
            ChampionPlanner.Champion champion = champions.champion(
                    Pick.forClient(seed ^ CHAMPION_SALT ^ JOURNEY_SALT, who.number()), who);
            sink.champion(champion.row());
            for (Journeys.HoursRow hours : champion.hours()) {
                sink.hours(hours);
            }
        }
    }

    /** Keeps every row in memory. */
    private static final class Collector implements Sink {
        private final List<Journeys.StaffRow> staff = new ArrayList<>();
        private final List<Journeys.ReferralRow> referrals = new ArrayList<>();
        private final List<Journeys.EncounterRow> encounters = new ArrayList<>();
        private final List<Journeys.PrescriptionRow> prescriptions = new ArrayList<>();
        private final List<Journeys.ChampionRow> champions = new ArrayList<>();
        private final List<Journeys.HoursRow> hours = new ArrayList<>();

        @Override
        public void staff(Journeys.StaffRow row) {
            staff.add(row);
        }

        @Override
        public void referral(Journeys.ReferralRow row) {
            referrals.add(row);
        }

        @Override
        public void encounter(Journeys.EncounterRow row) {
            encounters.add(row);
        }

        @Override
        public void prescription(Journeys.PrescriptionRow row) {
            prescriptions.add(row);
        }

        @Override
        public void champion(Journeys.ChampionRow row) {
            champions.add(row);
        }

        @Override
        public void hours(Journeys.HoursRow row) {
            hours.add(row);
        }

        Journeys journeys() {
            return new Journeys(staff, referrals, encounters, prescriptions, champions, hours);
        }
    }
}
