package org.linkwell.sampledata;

import static org.linkwell.referrals.PrescriptionStatus.AGREED;
import static org.linkwell.referrals.PrescriptionStatus.ATTENDING;
import static org.linkwell.referrals.PrescriptionStatus.COMPLETED;
import static org.linkwell.referrals.PrescriptionStatus.DECLINED;
import static org.linkwell.referrals.PrescriptionStatus.DROPPED_OUT;
import static org.linkwell.referrals.PrescriptionStatus.STARTED;
import static org.linkwell.referrals.PrescriptionStatus.SUGGESTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.NeedDomain;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.sampledata.JourneyWords.Bi;

/**
 * The social prescriptions of a referral: suggested at one of its encounters, to programs that fit
 * (or a material support), then agreed, started, attended and completed — or declined, or dropped.
 * Each path is cut where the referral or the client's file was closed and at the as-of day.
 */
final class PrescriptionPlanner {
    /** Paused and ended programs stopped taking clients about this many days before the as-of day. */
    static final int INACTIVE_FOR_DAYS = 150;
    private static final List<Integer> COUNTS = List.of(1, 2, 3, 4, 5, 6, 7);
    private static final int[] COUNT_WEIGHTS = {8, 16, 24, 22, 16, 9, 5};
    private static final List<String> RECURRING = List.of("good-food", "transit", "tablet", "equipment");

    private final List<CatalogRow> catalog;
    private final LocalDate asOf;
    private final SupportPlanner supports = new SupportPlanner();

    PrescriptionPlanner(List<CatalogRow> catalog, LocalDate asOf) {
        this.catalog = List.copyOf(catalog);
        this.asOf = asOf;
    }

    List<Journeys.PrescriptionRow> plan(Pick pick, ClientFacts client, ReferralPlanner.Plan plan,
                                        List<LocalDate> encounters) {
        if (encounters.isEmpty()) {
            return List.of();
        }
        boolean declined = plan.kind() == ReferralPlanner.Kind.DECLINED;
        int count = declined ? (pick.chance(0.4) ? 1 : 0) : pick.weighted(COUNTS, COUNT_WEIGHTS);
        List<ProgramFit.Candidate> candidates = ProgramFit.rank(client, plan.row().reasons(), catalog);
        Set<String> chosen = new HashSet<>();
        boolean itemGiven = false;
        List<Journeys.PrescriptionRow> rows = new ArrayList<>();
        List<LocalDate> days = plan.row().status() == ReferralStatus.COMPLETED && encounters.size() > 1
                ? encounters.subList(0, encounters.size() - 1) : encounters;
        for (int i = 0; i < count; i++) {
            LocalDate suggested = suggestionDay(pick, days);
            Optional<CatalogRow> program = choose(pick, candidates, chosen, suggested);
            boolean item = !itemGiven && !declined && pick.chance(0.05) && (client.has(NeedDomain.INCOME)
                    || client.has(NeedDomain.FOOD_SECURITY) || client.has(NeedDomain.HOUSING));
            if (item) {
                itemGiven = true;
                program = Optional.empty();
            } else if (program.isEmpty()) {
                continue;
            }
            program.ifPresent(p -> chosen.add(p.id()));
            rows.add(prescription(pick, client, plan, program, suggested));
        }
        return rows;
    }

    private Journeys.PrescriptionRow prescription(Pick pick, ClientFacts client, ReferralPlanner.Plan plan,
                                                  Optional<CatalogRow> program, LocalDate suggested) {
        Journeys.ReferralRow referral = plan.row();
        boolean material = program.map(CatalogRow::isMaterialSupport).orElse(true);
        Timeline<PrescriptionStatus> path = material ? materialPath(pick, client, program, suggested)
                : programPath(pick, client, program.orElseThrow(), suggested);
        if (plan.kind() == ReferralPlanner.Kind.DECLINED) {
            path.truncate(suggested).add(DECLINED, referral.closedOn().orElse(suggested), say(pick,
                    JourneyWords.PROGRAM_DECLINED, client));
        }
        LocalDate stopped = asOf.minusDays(INACTIVE_FOR_DAYS);
        program.filter(p -> !p.isActive()).ifPresent(p -> path.closeBy(stopped,
                status -> Optional.of(inactiveClose(status, p, client, stopped))));
        referral.closedOn().ifPresent(closed -> closeWithReferral(path, referral, closed, client));
        client.closedOn().ifPresent(closed -> path.closeBy(closed, status -> Optional.of(clientClose(status, client))));
        path.truncate(asOf);
        String materialSupport = program.isPresent() ? "" : pick.one(JourneyWords.MATERIAL_ITEMS).in(client.language);
        SupportPlanner.Supports help = path.dateOf(AGREED).isPresent() && !material
                ? supports.plan(pick, client, program.orElseThrow()) : SupportPlanner.Supports.NONE;
        return new Journeys.PrescriptionRow(client.chartNumber(), Optional.of(referral.id()), program.map(CatalogRow::id),
                materialSupport, path.status(), path.isClosed() ? path.reasonOf(path.status()) : "", suggested,
                path.dateOf(AGREED), path.dateOf(STARTED), path.dateOf(ATTENDING), path.closedOn(), help.barriers(),
                help.supports(), note(pick, client, path, program));
    }

    private static Timeline<PrescriptionStatus> programPath(Pick pick, ClientFacts client, CatalogRow program,
                                                           LocalDate suggested) {
        Timeline<PrescriptionStatus> path = new Timeline<>(SUGGESTED, suggested, PrescriptionStatus::isClosed);
        if (pick.chance(0.16)) {
            return path.add(DECLINED, Days.weekday(suggested.plusDays(pick.between(0, 14))),
                    say(pick, JourneyWords.PROGRAM_DECLINED, client));
        }
        LocalDate agreed = pick.chance(0.55) ? suggested : Days.weekday(suggested.plusDays(pick.between(1, 21)));
        path.add(AGREED, agreed, "");
        if (pick.chance(0.07)) {
            return path.add(DROPPED_OUT, agreed.plusDays(pick.between(20, 45)), say(pick, JourneyWords.NEVER_STARTED, client));
        }
        LocalDate started = agreed.plusDays(program.full() ? pick.between(21, 70) : pick.between(3, 21));
        path.add(STARTED, started, "");
        if (pick.chance(0.11)) {
            return path.add(DROPPED_OUT, started.plusDays(pick.between(7, 35)), say(pick, JourneyWords.DROPPED_OUT, client));
        }
        LocalDate attending = started.plusDays(pick.between(14, 28));
        path.add(ATTENDING, attending, "");
        if (pick.chance(0.09)) {
            return path.add(DROPPED_OUT, attending.plusDays(pick.between(20, 90)), say(pick, JourneyWords.DROPPED_OUT, client));
        }
        return pick.chance(0.35) ? path : path.add(COMPLETED, started.plusDays(pick.between(56, 160)), "");
    }

    /** A box of food or bus tokens: agreed at once, delivered within days; some keep coming for months. */
    private static Timeline<PrescriptionStatus> materialPath(Pick pick, ClientFacts client, Optional<CatalogRow> program,
                                                            LocalDate suggested) {
        Timeline<PrescriptionStatus> path = new Timeline<>(SUGGESTED, suggested, PrescriptionStatus::isClosed);
        if (pick.chance(0.08)) {
            return path.add(DECLINED, Days.weekday(suggested.plusDays(pick.between(0, 7))),
                    say(pick, JourneyWords.MATERIAL_DECLINED, client));
        }
        path.add(AGREED, suggested, "");
        LocalDate started = Days.weekday(suggested.plusDays(pick.between(1, 10)));
        path.add(STARTED, started, "");
        boolean recurring = program.filter(p -> RECURRING.stream().anyMatch(p.id()::contains)).isPresent();
        if (!recurring) {
            return path.add(COMPLETED, started.plusDays(pick.between(0, 5)), "");
        }
        path.add(ATTENDING, started.plusDays(pick.between(14, 35)), "");
        return pick.chance(0.3) ? path : path.add(COMPLETED, started.plusDays(pick.between(60, 200)), "");
    }

    /** A completed referral leaves what was agreed or taken up going; one closed otherwise ends it all. */
    private static void closeWithReferral(Timeline<PrescriptionStatus> path, Journeys.ReferralRow referral,
                                          LocalDate closed, ClientFacts client) {
        PrescriptionStatus then = path.statusAt(closed);
        if (referral.status() == ReferralStatus.COMPLETED) {
            if (then == SUGGESTED) {
                String reason = JourneyWords.NOT_TAKEN_UP.in(client.language);
                path.closeBy(closed, s -> Optional.of(new Journeys.Step<>(DECLINED, closed, reason)));
            }
            return;
        }
        path.closeBy(closed, s -> Optional.of(new Journeys.Step<>(s == SUGGESTED ? DECLINED : DROPPED_OUT, closed,
                referral.statusReason())));
    }

    /** Closing a file ends its prescriptions: completed if the client met their goals, else with the file's reason. */
    private static Journeys.Step<PrescriptionStatus> clientClose(PrescriptionStatus status, ClientFacts client) {
        LocalDate day = client.closedOn().orElseThrow();
        boolean takenUp = status == STARTED || status == ATTENDING;
        boolean goalsMet = client.closing() == ClientFacts.Closing.GOALS_MET;
        PrescriptionStatus end = status == SUGGESTED ? DECLINED : takenUp && goalsMet ? COMPLETED : DROPPED_OUT;
        String reason = goalsMet && !takenUp ? JourneyWords.FILE_CLOSED.in(client.language) : client.closeReason();
        return new Journeys.Step<>(end, day, reason);
    }

    private static Journeys.Step<PrescriptionStatus> inactiveClose(PrescriptionStatus status, CatalogRow program,
                                                                  ClientFacts client, LocalDate day) {
        boolean ended = "ended".equals(program.status());
        String reason = (ended ? JourneyWords.PROGRAM_ENDED : JourneyWords.PROGRAM_PAUSED).in(client.language);
        boolean takenUp = status == STARTED || status == ATTENDING;
        PrescriptionStatus end = status == SUGGESTED ? DECLINED : takenUp && ended ? COMPLETED : DROPPED_OUT;
        return new Journeys.Step<>(end, day, reason);
    }

    /** Mostly at the first or second encounter, sometimes later. */
    private static LocalDate suggestionDay(Pick pick, List<LocalDate> encounters) {
        int[] weights = new int[encounters.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i == 0 ? 55 : i == 1 ? 30 : Math.max(1, 15 / (weights.length - 2));
        }
        return pick.weighted(encounters, weights);
    }

    /** A program not prescribed yet, more likely the better it fits; paused and ended ones only early on. */
    private Optional<CatalogRow> choose(Pick pick, List<ProgramFit.Candidate> candidates, Set<String> chosen,
                                        LocalDate suggested) {
        boolean early = !suggested.isAfter(asOf.minusDays(INACTIVE_FOR_DAYS + 30));
        List<ProgramFit.Candidate> open = candidates.stream()
                .filter(c -> !chosen.contains(c.program().id()) && (c.program().isActive() || early)).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int[] weights = open.stream().mapToInt(c -> c.score() * c.score()).toArray();
        return Optional.of(pick.weighted(open, weights).program());
    }

    private static String note(Pick pick, ClientFacts client, Timeline<PrescriptionStatus> path,
                               Optional<CatalogRow> program) {
        if (path.status() == AGREED && program.filter(CatalogRow::full).isPresent()) {
            return JourneyWords.WAITING.in(client.language);
        }
        return path.status().isTakenUp() && pick.chance(0.15) ? say(pick, JourneyWords.PRESCRIPTION_NOTES, client) : "";
    }

    private static String say(Pick pick, List<Bi> words, ClientFacts client) {
        return pick.one(words).in(client.language);
    }
}
