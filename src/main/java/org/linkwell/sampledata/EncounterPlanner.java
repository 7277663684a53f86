package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.linkwell.clients.BarrierType;
import org.linkwell.referrals.Encounter.Mode;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.sampledata.JourneyWords.Bi;

/**
 * The navigator's contacts along a referral: the first one is the first contact, then follow-ups,
 * a call when it is paused, and a closing visit. Each agrees a next step; the last one of an open
 * referral is not done yet, so the dashboard has work that is due or overdue.
 */
final class EncounterPlanner {
    private enum Kind { FIRST, FOLLOW_UP, HOLD, CLOSING, DECLINED }

    private static final List<Integer> COUNTS = List.of(2, 3, 4, 5, 6);
    private static final List<Mode> MODES = List.of(Mode.IN_PERSON, Mode.PHONE, Mode.HOME_VISIT, Mode.VIDEO, Mode.TEXT);

    private final LocalDate asOf;

    EncounterPlanner(LocalDate asOf) {
        this.asOf = asOf;
    }

    List<Journeys.EncounterRow> plan(Pick pick, ClientFacts client, ReferralPlanner.Plan plan) {
        Journeys.ReferralRow referral = plan.row();
        if (referral.firstContactOn().isEmpty()) {
            return List.of();
        }
        List<LocalDate> dates = dates(pick, plan);
        List<Journeys.EncounterRow> rows = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate on = dates.get(i);
            Optional<LocalDate> next = i + 1 < dates.size() ? Optional.of(dates.get(i + 1)) : Optional.empty();
            Kind kind = i == 0 ? Kind.FIRST : referral.onHoldOn().filter(on::equals).isPresent() ? Kind.HOLD
                    : next.isEmpty() && plan.kind() == ReferralPlanner.Kind.DECLINED ? Kind.DECLINED
                    : next.isEmpty() && referral.status() == ReferralStatus.COMPLETED ? Kind.CLOSING : Kind.FOLLOW_UP;
            rows.add(encounter(pick, client, referral, kind, on, next));
        }
        return rows;
    }

    /** The first contact, the pause and the return, the close, and others spread between. */
    private List<LocalDate> dates(Pick pick, ReferralPlanner.Plan plan) {
        Journeys.ReferralRow referral = plan.row();
        LocalDate first = referral.firstContactOn().orElseThrow();
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(first));
        if (plan.kind() == ReferralPlanner.Kind.DECLINED) {
            referral.closedOn().filter(day -> day.isAfter(first) && pick.chance(0.3)).ifPresent(dates::add);
            return List.copyOf(dates);
        }
        LocalDate lastBeforeToday = Days.weekdayBefore(asOf.minusDays(pick.between(0, 21)));
        LocalDate end = referral.closedOn()
                .orElseGet(() -> referral.status() == ReferralStatus.ON_HOLD ? referral.onHoldOn().orElseThrow()
                        : Days.max(lastBeforeToday, referral.resumedOn().orElse(first)));
        dates.add(end);
        referral.onHoldOn().ifPresent(dates::add);
        referral.resumedOn().ifPresent(dates::add);
        int wanted = pick.weighted(COUNTS, new int[] {14, 26, 26, 20, 14});
        for (int tries = 0; dates.size() < wanted && tries < 12; tries++) {
            LocalDate day = Days.weekday(Days.between(pick, first.plusDays(1), end.minusDays(1)));
            if (day.isBefore(end) && day.isAfter(first) && !paused(referral, day)) {
                dates.add(day);
            }
        }
        return List.copyOf(dates);
    }

    private static boolean paused(Journeys.ReferralRow referral, LocalDate day) {
        return referral.onHoldOn().filter(day::isAfter).isPresent()
                && referral.resumedOn().map(day::isBefore).orElse(true);
    }

    private Journeys.EncounterRow encounter(Pick pick, ClientFacts client, Journeys.ReferralRow referral, Kind kind,
                                            LocalDate on, Optional<LocalDate> next) {
        Mode mode = mode(pick, client, kind);
        String navigator = pick.chance(0.94) ? referral.navigator().orElseThrow()
                : pick.one(StaffRoster.NAVIGATORS).staff().key();
        Optional<Bi> step = switch (kind) {
            case FIRST -> Optional.of(pick.one(JourneyWords.FIRST_STEPS));
            case FOLLOW_UP -> Optional.of(pick.one(JourneyWords.FOLLOW_UP_STEPS));
            case HOLD -> Optional.of(JourneyWords.HOLD_STEP);
            case CLOSING -> pick.chance(0.4) ? Optional.of(JourneyWords.LATER_CHECK) : Optional.empty();
            case DECLINED -> Optional.empty();
        };
        Optional<LocalDate> due = step.map(s -> Days.weekday(on.plusDays(switch (kind) {
            case CLOSING -> pick.between(85, 95);
            case HOLD -> pick.between(21, 35);
            default -> pick.between(5, 21);
        })));
        boolean done = next.isPresent() ? pick.chance(0.99)
                : referral.status().isClosed() && due.filter(d -> !d.isAfter(asOf)).isPresent() && pick.chance(0.95);
        return new Journeys.EncounterRow(client.chartNumber(), Optional.of(referral.id()), Optional.of(navigator), on,
                mode, minutes(pick, kind, mode), pick.one(notes(kind, mode)).in(client.language),
                step.map(s -> s.in(client.language)).orElse(""), due, step.isPresent() && done);
    }

    private static Mode mode(Pick pick, ClientFacts client, Kind kind) {
        int homeVisits = client.has(BarrierType.MOBILITY) || client.age >= 85 ? 3 : 1;
        return switch (kind) {
            case FIRST -> pick.weighted(MODES, new int[] {45, 32, 15 * homeVisits, 8, 0});
            case FOLLOW_UP -> pick.weighted(MODES, new int[] {28, 45, 9 * homeVisits, 8, 10});
            case HOLD, DECLINED -> Mode.PHONE;
            case CLOSING -> pick.weighted(MODES, new int[] {50, 35, 15 * homeVisits, 0, 0});
        };
    }

    /** Ten minutes for a text, up to an hour and a half for a first home visit. */
    private static int minutes(Pick pick, Kind kind, Mode mode) {
        boolean first = kind == Kind.FIRST;
        return switch (mode) {
            case TEXT -> 10;
            case PHONE -> first ? 5 * pick.between(6, 12) : 5 * pick.between(2, 6);
            case VIDEO -> 5 * pick.between(first ? 6 : 4, 9);
            case IN_PERSON -> 5 * pick.between(first ? 9 : 4, first ? 18 : 12);
            case HOME_VISIT -> 5 * pick.between(first ? 12 : 8, 18);
        };
    }

    /** What the navigator wrote; some sentences only fit one way of meeting. */
    private static List<Bi> notes(Kind kind, Mode mode) {
        if (mode == Mode.TEXT) {
            return JourneyWords.TEXT_NOTES;
        }
        return switch (kind) {
            case FIRST -> mode == Mode.IN_PERSON ? plus(JourneyWords.FIRST_NOTES, JourneyWords.FIRST_AT_CHC)
                    : JourneyWords.FIRST_NOTES;
            case FOLLOW_UP -> mode == Mode.PHONE ? plus(JourneyWords.FOLLOW_UP_NOTES, JourneyWords.PHONE_CHECK_IN)
                    : JourneyWords.FOLLOW_UP_NOTES;
            case HOLD -> JourneyWords.HOLD_NOTES;
            case CLOSING -> JourneyWords.CLOSING_NOTES;
            case DECLINED -> JourneyWords.DECLINED_NOTES;
        };
    }

    private static List<Bi> plus(List<Bi> words, Bi more) {
        List<Bi> all = new ArrayList<>(words);
        all.add(more);
        return all;
    }
}
