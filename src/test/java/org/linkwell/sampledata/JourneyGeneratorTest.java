package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.Client;
import org.linkwell.clients.Language;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.StaffMember;

class JourneyGeneratorTest {
    /** The bundled sample: clients as of 2026-11-01 (clients.csv), journeys as of 2026-11-24. */
    static final LocalDate CLIENTS_AS_OF = LocalDate.of(2026, 11, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static List<Client> clients;
    static List<CatalogRow> catalog;
    static Journeys year;

    @BeforeAll
    static void generateTheBundledYear() throws IOException {
        clients = new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED, CLIENTS_AS_OF).clients(1100).toList();
        try (Reader in = Files.newBufferedReader(Path.of("sample-data", "programs.csv"), StandardCharsets.UTF_8)) {
            catalog = CatalogRow.read(in, "programs.csv");
        }
        year = new JourneyGenerator(SampleDataGenerator.DEFAULT_SEED, AS_OF, catalog).generate(clients);
    }

    @Test
    void generate_sameSeedGivesSameBytes_otherSeedOtherBytes() throws IOException {
        List<Client> some = clients.subList(0, 300);

        Map<JourneyFile, String> first = csv(new JourneyGenerator(7, AS_OF, catalog), some);
        Map<JourneyFile, String> again = csv(new JourneyGenerator(7, AS_OF, catalog), some);
        Map<JourneyFile, String> other = csv(new JourneyGenerator(8, AS_OF, catalog), some);

        assertEquals(first, again);
        assertFalse(first.get(JourneyFile.REFERRALS).equals(other.get(JourneyFile.REFERRALS)));
        assertFalse(first.get(JourneyFile.PRESCRIPTIONS).equals(other.get(JourneyFile.PRESCRIPTIONS)));
    }

    @Test
    void clientJourney_dependsOnlyOnTheClientNotOnHowManyAreGenerated() {
        Journeys fewer = new JourneyGenerator(SampleDataGenerator.DEFAULT_SEED, AS_OF, catalog)
                .generate(clients.subList(0, 200));

        assertEquals(year.referrals().stream().filter(r -> number(r.chartNumber()) <= 200).toList(), fewer.referrals());
        assertEquals(year.prescriptions().stream().filter(p -> number(p.chartNumber()) <= 200).toList(),
                fewer.prescriptions());
    }

    @Test
    void bundledFiles_areWhatTheGeneratorMakes() throws IOException {
        Map<JourneyFile, String> made = csv(new JourneyGenerator(SampleDataGenerator.DEFAULT_SEED, AS_OF, catalog),
                clients);

        for (JourneyFile file : JourneyFile.values()) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream(SampleDataService.BUNDLED_FOLDER + file.fileName)) {
                // If this fails after a change to the generator, regenerate with the command in sample-data/README.md.
                assertArrayEquals(made.get(file).getBytes(StandardCharsets.UTF_8), in.readAllBytes(), file.fileName);
            }
        }
    }

    @Test
    void year_hasTheShapeOfAPilotYear() {
        assertBetween(year.referrals().size(), 990, 1210, "referrals");
        assertBetween(year.prescriptions().size(), 2805, 3795, "prescriptions");
        assertBetween(year.champions().size(), 60, 80, "champions");
        assertBetween(count(year.staff(), StaffMember.Role.PRESCRIBER), 20, 30, "prescribers");
        assertEquals(6, count(year.staff(), StaffMember.Role.NAVIGATOR));
        assertEquals(1, count(year.staff(), StaffMember.Role.MANAGER));
        assertEquals(EnumSet.allOf(StaffMember.Discipline.class), year.staff().stream()
                .flatMap(s -> s.discipline().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(
                        StaffMember.Discipline.class))));
        assertEquals(EnumSet.allOf(ReferralStatus.class), year.referrals().stream().map(Journeys.ReferralRow::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralStatus.class))));
        assertEquals(EnumSet.allOf(PrescriptionStatus.class), year.prescriptions().stream()
                .map(Journeys.PrescriptionRow::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PrescriptionStatus.class))));
        Map<ReferralStatus, Long> statuses = tally(year.referrals(), Journeys.ReferralRow::status);
        assertTrue(statuses.get(ReferralStatus.COMPLETED) > year.referrals().size() * 0.4, statuses::toString);
        Map<ReferralReason, Long> reasons = tally(year.referrals().stream().flatMap(r -> r.reasons().stream()).toList(),
                Function.identity());
        assertEquals(ReferralReason.LONELINESS, reasons.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow().getKey(), reasons::toString);
        long internal = year.referrals().stream().filter(r -> r.source() == org.linkwell.referrals.Referral.Source.INTERNAL)
                .count();
        assertTrue(internal > year.referrals().size() * 0.8);
    }

    @Test
    void year_firstContactTakesAboutSixDays() {
        List<Long> days = year.referrals().stream().filter(r -> r.firstContactOn().isPresent())
                .map(r -> ChronoUnit.DAYS.between(r.referredOn(), r.firstContactOn().get())).sorted().toList();

        long median = days.get(days.size() / 2);
        assertTrue(median >= 3 && median <= 10, "median " + median);
        assertTrue(days.get(days.size() / 10) >= 2, "a tenth within " + days.get(days.size() / 10));
        assertTrue(year.referrals().stream().filter(r -> r.firstContactOn().isPresent()).allMatch(r -> r.navigator()
                .isPresent()));
    }

    @Test
    void year_nothingHappensAfterTheAsOfDay_andDatesKeepTheirOrder() {
        Map<String, Journeys.ReferralRow> referrals = year.referrals().stream()
                .collect(Collectors.toMap(Journeys.ReferralRow::id, Function.identity()));
        for (Journeys.ReferralRow r : year.referrals()) {
            assertOrdered(r.id(), Optional.of(r.referredOn()), r.acceptedOn(), r.firstContactOn(), r.onHoldOn(),
                    r.resumedOn(), r.closedOn(), Optional.of(AS_OF));
            assertFalse(r.referredOn().isBefore(LocalDate.of(2025, 12, 1)) || r.referredOn().isAfter(
                    LocalDate.of(2026, 11, 20)), r.id());
        }
        for (Journeys.EncounterRow e : year.encounters()) {
            Journeys.ReferralRow r = referrals.get(e.referral().orElseThrow());
            assertOrdered(r.id(), r.firstContactOn(), Optional.of(e.occurredOn()), r.closedOn().or(() -> Optional.of(AS_OF)));
        }
        for (Journeys.PrescriptionRow p : year.prescriptions()) {
            Journeys.ReferralRow r = referrals.get(p.referral().orElseThrow());
            assertOrdered(r.id(), Optional.of(r.referredOn()), r.firstContactOn(), Optional.of(p.suggestedOn()),
                    p.agreedOn(), p.startedOn(), p.attendingOn(), p.endedOn(), Optional.of(AS_OF));
        }
        assertTrue(year.champions().stream().allMatch(c -> !c.since().isAfter(AS_OF)));
        assertTrue(year.hours().stream().allMatch(h -> !h.workedOn().isAfter(AS_OF)));
    }

    @Test
    void year_everyPathIsOneTheAppAllows() {
        new JourneyChecks(file -> file.fileName, AS_OF).check(year);
    }

    @Test
    void year_closedClientsHaveClosedReferralsAndPrescriptions() {
        Map<String, Client> byChart = clients.stream().collect(Collectors.toMap(c -> c.identity().chartNumber(),
                Function.identity()));
        for (Journeys.ReferralRow r : year.referrals()) {
            Optional<LocalDate> closed = byChart.get(r.chartNumber()).closure().closedOn();
            closed.ifPresent(day -> assertTrue(r.closedOn().filter(on -> !on.isAfter(day)).isPresent(), r.id()));
        }
        for (Journeys.PrescriptionRow p : year.prescriptions()) {
            Optional<LocalDate> closed = byChart.get(p.chartNumber()).closure().closedOn();
            closed.ifPresent(day -> assertTrue(p.endedOn().filter(on -> !on.isAfter(day)).isPresent(), p.toString()));
        }
    }

    @Test
    void year_frenchSpeakersAreMostlyPrescribedProgramsOfferedInFrench() {
        Map<String, Client> byChart = clients.stream().collect(Collectors.toMap(c -> c.identity().chartNumber(),
                Function.identity()));
        Map<String, CatalogRow> programs = catalog.stream().collect(Collectors.toMap(CatalogRow::id, Function.identity()));
        List<CatalogRow> toFrench = year.prescriptions().stream()
                .filter(p -> byChart.get(p.chartNumber()).identity().language() == Language.FRENCH)
                .flatMap(p -> p.program().stream()).map(programs::get).toList();

        long inFrench = toFrench.stream().filter(p -> p.languages().contains("fr")).count();
        assertTrue(inFrench > toFrench.size() * 0.85, inFrench + " of " + toFrench.size());
    }

    @Test
    void year_encountersLeaveWorkOnTheDashboard() {
        Map<String, Long> perReferral = tally(year.encounters(), e -> e.referral().orElseThrow());
        assertTrue(perReferral.values().stream().allMatch(n -> n >= 1 && n <= 6), perReferral::toString);
        double mean = perReferral.values().stream().mapToLong(Long::longValue).average().orElseThrow();
        assertTrue(mean >= 2 && mean <= 6, "mean " + mean);
        assertTrue(year.encounters().stream().allMatch(e -> e.minutes() >= 10 && e.minutes() <= 90));
        long overdue = year.encounters().stream().filter(e -> !e.nextStepDone() && e.nextStepDueOn()
                .filter(due -> due.isBefore(AS_OF)).isPresent()).count();
        long dueSoon = year.encounters().stream().filter(e -> !e.nextStepDone() && e.nextStepDueOn()
                .filter(due -> !due.isBefore(AS_OF) && due.isBefore(AS_OF.plusDays(14))).isPresent()).count();
        assertTrue(overdue >= 20 && dueSoon >= 20, overdue + " overdue, " + dueSoon + " due soon");
    }

    @Test
    void year_championsLeadOrCoCreateProgramsAndLogHours() {
        Set<String> championPrograms = catalog.stream().filter(p -> p.championLed() || p.coCreated())
                .map(CatalogRow::id).collect(Collectors.toSet());
        long inChampionPrograms = year.champions().stream().flatMap(c -> c.programs().stream())
                .filter(role -> championPrograms.contains(role.program())).count();
        long roles = year.champions().stream().mapToLong(c -> c.programs().size()).sum();

        assertTrue(inChampionPrograms > roles * 0.8, inChampionPrograms + " of " + roles);
        assertTrue(year.champions().stream().allMatch(c -> !c.programs().isEmpty()));
        assertTrue(year.hours().size() >= year.champions().size() * 3, year.hours().size() + " hours entries");
        Set<String> completed = year.prescriptions().stream().filter(p -> p.status() == PrescriptionStatus.COMPLETED)
                .map(Journeys.PrescriptionRow::chartNumber).collect(Collectors.toSet());
        assertTrue(year.champions().stream().allMatch(c -> completed.contains(c.chartNumber())));
    }

    static Map<JourneyFile, String> csv(JourneyGenerator generator, List<Client> clients) throws IOException {
        Map<JourneyFile, Writer> outs = new EnumMap<>(JourneyFile.class);
        Arrays.stream(JourneyFile.values()).forEach(file -> outs.put(file, new StringWriter()));
        try (JourneyCsvWriter writer = new JourneyCsvWriter(outs)) {
            generator.generate(clients, writer);
        }
        Map<JourneyFile, String> texts = new EnumMap<>(JourneyFile.class);
        outs.forEach((file, out) -> texts.put(file, out.toString()));
        return texts;
    }

    @SafeVarargs
    private static void assertOrdered(String what, Optional<LocalDate>... days) {
        List<LocalDate> present = Stream.of(days).flatMap(Optional::stream).toList();
        assertEquals(present.stream().sorted(Comparator.naturalOrder()).toList(), present, what);
    }

    private static int number(String chartNumber) {
        return Integer.parseInt(chartNumber.substring(SampleDataGenerator.CHART_PREFIX.length()));
    }

    private static long count(List<Journeys.StaffRow> staff, StaffMember.Role role) {
        return staff.stream().filter(s -> s.role() == role).count();
    }

    private static <T, K> Map<K, Long> tally(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static void assertBetween(long value, long low, long high, String what) {
        assertTrue(value >= low && value <= high, what + " " + value + " not in [" + low + ", " + high + "]");
    }
}
