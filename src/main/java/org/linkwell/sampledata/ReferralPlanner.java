package org.linkwell.sampledata;

import static org.linkwell.referrals.ReferralStatus.ACCEPTED;
import static org.linkwell.referrals.ReferralStatus.CANCELLED;
import static org.linkwell.referrals.ReferralStatus.COMPLETED;
import static org.linkwell.referrals.ReferralStatus.IN_PROGRESS;
import static org.linkwell.referrals.ReferralStatus.ON_HOLD;
import static org.linkwell.referrals.ReferralStatus.REJECTED;
import static org.linkwell.referrals.ReferralStatus.REQUESTED;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.sampledata.JourneyWords.Bi;

/**
 * The referrals of one client over the sample year and how far each got by the as-of day. A path is
 * first made up whole (triage, first contact, months of support, perhaps a pause) and then cut where
 * the client's file was closed and at the as-of day, so recent referrals are still requested or
 * accepted and most older ones completed.
 */
final class ReferralPlanner {
    /** How the story of a referral goes. */
    enum Kind { NOT_ELIGIBLE, EARLY_CANCEL, NO_CONTACT, DECLINED, ENGAGED }

    record Plan(Journeys.ReferralRow row, Kind kind) {
    }

    private static final List<Kind> KINDS = List.of(Kind.values());
    private static final int[] CONSENTED = {2, 2, 3, 2, 91};
    /** No consent on file: the referral mostly went nowhere. */
    private static final int[] NOT_CONSENTED = {10, 10, 35, 35, 10};
    private static final List<Integer> COUNTS = List.of(0, 1, 2);
    private static final List<Integer> DAYS_TO_ACCEPT = List.of(0, 1, 2, 3, 5, 7, 10, 14);
    private static final List<Integer> DAYS_TO_CONTACT = List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17,
            19, 21, 24, 28);
    /** Referrals this recent wait longer for a navigator, so the as-of day finds a few still waiting. */
    private static final int RECENT_DAYS = 15;
    private static final int[] CONTACT_WEIGHTS = {14, 16, 14, 12, 10, 8, 6, 5, 4, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1};

    private final LocalDate asOf;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final ReferralFacts facts;

    ReferralPlanner(LocalDate asOf) {
        this.asOf = asOf;
        this.yearStart = asOf.minusDays(358);
        this.yearEnd = asOf.minusDays(4);
        this.facts = new ReferralFacts();
    }

    LocalDate yearStart() {
        return yearStart;
    }

    /** None, one, or (after the first closed) a second referral; a closed file had at most one. */
    List<Plan> plan(Pick pick, ClientFacts client) {
        LocalDate last = client.closedOn().map(closed -> Days.min(yearEnd, closed.minusDays(14))).orElse(yearEnd);
        if (last.isBefore(yearStart)) {
            return List.of();
        }
        int count = client.closedOn().isPresent() ? Math.min(1, pick.weighted(COUNTS, new int[] {6, 94, 0}))
                : pick.weighted(COUNTS, new int[] {7, 80, 13});
        List<Plan> plans = new ArrayList<>();
        LocalDate from = yearStart;
        Optional<String> previousPrescriber = Optional.empty();
        for (int k = 1; k <= count; k++) {
            LocalDate to = count == 2 && k == 1 ? Days.min(last, yearStart.plusDays(200)) : last;
            LocalDate referred = workingDay(Days.between(pick, from, to));
            if (from.isAfter(to) || referred.isAfter(last)) {
                break;
            }
            Plan plan = referral(pick, client, k, referred, previousPrescriber);
            plans.add(plan);
            if (plan.row().closedOn().isEmpty()) {
                break;
            }
            from = plan.row().closedOn().get().plusDays(pick.between(14, 90));
            previousPrescriber = plan.row().prescriber();
        }
        return plans;
    }

    private Plan referral(Pick pick, ClientFacts client, int k, LocalDate referred, Optional<String> previous) {
        ReferralFacts.Who who = facts.who(pick, client, previous);
        Referral.Urgency urgency = facts.urgency(pick);
        ReferralFacts.Why why = facts.why(pick, client);
        Kind kind = pick.weighted(KINDS, client.consented() ? CONSENTED : NOT_CONSENTED);
        Timeline<ReferralStatus> path = story(pick, client, kind, referred, urgency);
        client.closedOn().ifPresent(closed -> path.closeBy(closed, status -> Optional.of(closing(status, client))));
        path.truncate(asOf);
        String id = String.format(Locale.ROOT, "REF-%06d-%d", client.number, k);
        Optional<LocalDate> accepted = path.dateOf(ACCEPTED);
        return new Plan(new Journeys.ReferralRow(id, client.chartNumber(), who.prescriber(),
                accepted.isPresent() ? Optional.of(who.navigator()) : Optional.empty(), who.source(), referred, urgency,
                why.reasons(), why.otherReason(), why.hopes(), accepted, path.dateOf(IN_PROGRESS), path.dateOf(ON_HOLD),
                path.reasonOf(ON_HOLD), resumedOn(path), path.status(),
                path.isClosed() ? path.reasonOf(path.status()) : "", path.closedOn()), kind);
    }

    private Timeline<ReferralStatus> story(Pick pick, ClientFacts client, Kind kind, LocalDate referred,
                                           Referral.Urgency urgency) {
        Timeline<ReferralStatus> path = new Timeline<>(REQUESTED, referred, ReferralStatus::isClosed);
        if (kind == Kind.NOT_ELIGIBLE) {
            return path.add(REJECTED, workingDay(referred.plusDays(pick.between(1, 6))), say(pick, JourneyWords.NOT_ELIGIBLE, client));
        }
        int toAccept = pick.weighted(DAYS_TO_ACCEPT, new int[] {25, 30, 15, 10, 8, 5, 4, 3});
        if (referred.isAfter(asOf.minusDays(RECENT_DAYS)) && pick.chance(0.4)) {
            toAccept += pick.between(3, 8); // a navigator is on leave this month: new referrals wait longer
        }
        LocalDate accepted = workingDay(referred.plusDays(toAccept));
        if (kind == Kind.EARLY_CANCEL) {
            if (pick.chance(0.5)) {
                path.add(ACCEPTED, accepted, "");
            }
            return path.add(CANCELLED, workingDay(accepted.plusDays(pick.between(2, 10))),
                    say(pick, JourneyWords.EARLY_CANCEL, client));
        }
        path.add(ACCEPTED, accepted, "");
        if (kind == Kind.NO_CONTACT) {
            return path.add(REJECTED, workingDay(accepted.plusDays(pick.between(16, 30))),
                    JourneyWords.NO_CONTACT.in(client.language));
        }
        LocalDate contact = workingDay(Days.max(accepted, referred.plusDays(daysToContact(pick, urgency))));
        path.add(IN_PROGRESS, contact, "");
        if (kind == Kind.DECLINED) {
            return path.add(REJECTED, workingDay(contact.plusDays(pick.between(0, 10))),
                    say(pick, JourneyWords.DECLINED, client));
        }
        return engaged(pick, client, path, contact);
    }

    /** Support for one to six months, sometimes paused; a few move away before the end. */
    private Timeline<ReferralStatus> engaged(Pick pick, ClientFacts client, Timeline<ReferralStatus> path,
                                             LocalDate contact) {
        LocalDate end = contact.plusDays(30 + pick.between(0, 70) + pick.between(0, 70));
        if (pick.chance(0.12)) {
            LocalDate held = workingDay(contact.plusDays(pick.between(14, 60)));
            if (held.isBefore(end)) {
                path.add(ON_HOLD, held, say(pick, JourneyWords.HOLD, client));
                if (!pick.chance(0.7)) {
                    return path.add(CANCELLED, workingDay(held.plusDays(pick.between(60, 120))),
                            say(pick, JourneyWords.NO_RETURN, client));
                }
                int pause = pick.between(21, 80);
                path.add(IN_PROGRESS, workingDay(held.plusDays(pause)), "");
                end = end.plusDays(pause);
            }
        }
        if (pick.chance(0.03)) {
            int days = (int) Math.max(21, Days.count(path.lastDate(), end));
            return path.add(CANCELLED, workingDay(path.lastDate().plusDays(pick.between(20, days))),
                    say(pick, JourneyWords.LATE_CANCEL, client));
        }
        end = workingDay(Days.max(end, path.lastDate()));
        return path.add(COMPLETED, end, pick.chance(0.5) ? say(pick, JourneyWords.COMPLETED, client) : "");
    }

    /** How a referral still open when the client's file was closed ends that day. */
    static Journeys.Step<ReferralStatus> closing(ReferralStatus status, ClientFacts client) {
        LocalDate day = client.closedOn().orElseThrow();
        return switch (client.closing()) {
            case GOALS_MET -> status == IN_PROGRESS ? new Journeys.Step<>(COMPLETED, day, client.closeReason())
                    : new Journeys.Step<>(CANCELLED, day, JourneyWords.FILE_CLOSED.in(client.language));
            case DECLINED -> new Journeys.Step<>(REJECTED, day, client.closeReason());
            case NO_CONTACT -> new Journeys.Step<>(REJECTED, day, JourneyWords.NO_CONTACT.in(client.language));
            case MOVED -> new Journeys.Step<>(CANCELLED, day, client.closeReason());
        };
    }

    private static Optional<LocalDate> resumedOn(Timeline<ReferralStatus> path) {
        boolean held = false;
        for (Journeys.Step<ReferralStatus> step : path.steps()) {
            if (held && (step.status() == IN_PROGRESS || step.status() == ACCEPTED)) {
                return Optional.of(step.on());
            }
            held |= step.status() == ON_HOLD;
        }
        return Optional.empty();
    }

    private static int daysToContact(Pick pick, Referral.Urgency urgency) {
        return switch (urgency) {
            case URGENT -> pick.between(1, 3);
            case SOON -> pick.between(1, 7);
            case ROUTINE -> pick.weighted(DAYS_TO_CONTACT, CONTACT_WEIGHTS);
        };
    }

    /** A working day, skipping weekends and the CHC's closure between Christmas and New Year. */
    static LocalDate workingDay(LocalDate day) {
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 24) {
            day = LocalDate.of(day.getYear() + 1, 1, 2);
        } else if (day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1) {
            day = day.plusDays(1);
        }
        return Days.weekday(day);
    }

    private static String say(Pick pick, List<Bi> words, ClientFacts client) {
        return pick.one(words).in(client.language);
    }
}
