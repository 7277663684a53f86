package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.Language;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.sampledata.JourneyWords.Bi;

/**
 * Clients who completed a program and give back as Health Champions: 71 in 1,100, as in Ontario's
 * Rx: Community pilot. They co-create or lead programs (preferably the catalog's champion-led and
 * co-created ones they took part in) and log volunteer hours from the day they started.
 */
final class ChampionPlanner {
    /** A client who could become a champion: open file, a completed program early enough. */
    record Candidate(int number, String chartNumber, Language language, String languageCode, Set<String> interests,
                     Set<String> programsTakenUp, LocalDate firstCompleted, int key) {
    }

    record Champion(Journeys.ChampionRow row, List<Journeys.HoursRow> hours) {
    }

    /** Ontario's pilot: 71 Health Champions among about 1,100 clients. */
    static final double SHARE = 71 / 1100.0;
    private static final List<Integer> MINUTES = List.of(60, 90, 120, 150, 180, 240);
    private static final int MAX_ENTRIES = 26;

    private final List<CatalogRow> catalog;
    private final LocalDate asOf;

    ChampionPlanner(List<CatalogRow> catalog, LocalDate asOf) {
        this.catalog = catalog.stream().filter(p -> p.isActive() && (p.championLed() || p.coCreated())).toList();
        this.asOf = asOf;
    }

    Optional<Candidate> candidate(Pick keyPick, ClientFacts client, List<Journeys.PrescriptionRow> prescriptions) {
        int key = keyPick.between(0, 1_000_000_000);
        if (client.closedOn().isPresent()) {
            return Optional.empty();
        }
        Optional<LocalDate> firstCompleted = prescriptions.stream()
                .filter(p -> p.program().isPresent() && p.status() == PrescriptionStatus.COMPLETED)
                .map(p -> p.endedOn().orElseThrow()).min(Comparator.naturalOrder())
                .filter(day -> !day.plusDays(7).isAfter(asOf.minusDays(14)));
        Set<String> takenUp = new LinkedHashSet<>();
        prescriptions.stream().filter(p -> p.status().isTakenUp()).forEach(p -> p.program().ifPresent(takenUp::add));
        return firstCompleted.map(day -> new Candidate(client.number, client.chartNumber(), client.language,
                client.languageCode(), client.client.strengths().interestCodes(), takenUp, day, key));
    }

    /** How many of {@code clients} clients become champions. */
    static int howMany(int clients) {
        return (int) Math.round(clients * SHARE);
    }

    /** The first {@code count} candidates by their random key become champions. */
    List<Candidate> choose(List<Candidate> candidates, int count) {
        return candidates.stream().sorted(Comparator.comparingInt(Candidate::key).thenComparingInt(Candidate::number))
                .limit(count).sorted(Comparator.comparingInt(Candidate::number)).toList();
    }

    Champion champion(Pick pick, Candidate who) {
        LocalDate latest = asOf.minusDays(14);
        LocalDate since = Days.min(latest, Days.weekday(who.firstCompleted().plusDays(pick.between(7, 60))));
        List<Journeys.ProgramRole> roles = roles(pick, who);
        boolean trained = pick.chance(0.85);
        String training = (trained ? pick.one(JourneyWords.TRAINING_DONE) : JourneyWords.TRAINING_PENDING)
                .in(who.language());
        boolean active = pick.chance(0.92);
        LocalDate until = active ? asOf : Days.min(asOf, since.plusDays(pick.between(45, 150)));
        List<Journeys.HoursRow> hours = new ArrayList<>();
        LocalDate day = since.plusDays(pick.between(3, 14));
        while (!day.isAfter(until) && hours.size() < MAX_ENTRIES) {
            Optional<Journeys.ProgramRole> role = roles.isEmpty() || !pick.chance(0.85) ? Optional.empty()
                    : Optional.of(pick.one(roles));
            List<Bi> notes = role.map(r -> r.role() == HealthChampion.Role.LEADS ? JourneyWords.LEADS_NOTES
                    : JourneyWords.CO_CREATES_NOTES).orElse(JourneyWords.OTHER_HOURS_NOTES);
            hours.add(new Journeys.HoursRow(who.chartNumber(), role.map(Journeys.ProgramRole::program), day,
                    pick.weighted(MINUTES, new int[] {20, 25, 30, 10, 10, 5}), pick.one(notes).in(who.language())));
            day = day.plusDays(pick.between(7, 28));
        }
        return new Champion(new Journeys.ChampionRow(who.chartNumber(), since, trained, training, active, roles), hours);
    }

    /** One or two programs, those they took part in first; a program in the client's language. */
    private List<Journeys.ProgramRole> roles(Pick pick, Candidate who) {
        List<CatalogRow> fitting = catalog.stream().filter(p -> speaks(who, p)).toList();
        List<Journeys.ProgramRole> roles = new ArrayList<>();
        int wanted = pick.chance(0.3) ? 2 : 1;
        List<CatalogRow> known = fitting.stream().filter(p -> who.programsTakenUp().contains(p.id())).toList();
        while (roles.size() < wanted) {
            List<CatalogRow> open = (known.isEmpty() || !roles.isEmpty() ? fitting : known).stream()
                    .filter(p -> roles.stream().noneMatch(r -> r.program().equals(p.id()))).toList();
            if (open.isEmpty()) {
                break;
            }
            int[] weights = open.stream().mapToInt(p -> 1 + 3 * (int) p.interests().stream()
                    .filter(who.interests()::contains).count()).toArray();
            CatalogRow program = pick.weighted(open, weights);
            boolean leads = program.championLed() && (!program.coCreated() || pick.chance(0.6));
            roles.add(new Journeys.ProgramRole(program.id(),
                    leads ? HealthChampion.Role.LEADS : HealthChampion.Role.CO_CREATES));
        }
        if (roles.isEmpty() && !who.programsTakenUp().isEmpty()) {
            roles.add(new Journeys.ProgramRole(who.programsTakenUp().iterator().next(), HealthChampion.Role.CO_CREATES));
        }
        return roles;
    }

    private static boolean speaks(Candidate who, CatalogRow program) {
        return who.language() == Language.FRENCH ? program.languages().contains("fr")
                : program.languages().contains("en") || program.languages().contains(who.languageCode());
    }
}
