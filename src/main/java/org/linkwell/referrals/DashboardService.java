package org.linkwell.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.core.Access;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;

/**
 * "What do I do today?": the navigator's worklists, read in one go. Each person sees the referrals and follow-ups
 * of the clients they reach: a prescriber, the progress of their own referrals.
 */
public final class DashboardService {
    /** A referral still without a first contact after this many days is flagged. */
    public static final int FIRST_CONTACT_DAYS = 7;
    /** Follow-ups due within this many days are listed. */
    public static final int FOLLOW_UP_HORIZON_DAYS = 7;

    private final Database database;
    private final ReferralRepository referrals;
    private final EncounterRepository encounters;
    private final ClientService clients;
    private final Clock clock;
    private final Access access;

    public DashboardService(Database database, ReferralRepository referrals, EncounterRepository encounters,
                            ClientService clients, Clock clock, Access access) {
        this.access = access;
        this.database = database;
        this.referrals = referrals;
        this.encounters = encounters;
        this.clients = clients;
        this.clock = clock;
    }

    public record Dashboard(List<Referral> unassigned, List<Referral> myOpen, List<Encounter> followUps,
                            List<Referral> waitingForFirstContact, Map<Long, ClientSummary> clients, int receivedThisMonth,
                            int completedThisMonth, LocalDate today) {

        public boolean isOverdue(Encounter followUp) {
            return followUp.nextStepDueOn().map(due -> due.isBefore(today)).orElse(false);
        }

        public long daysWaiting(Referral referral) {
            return java.time.temporal.ChronoUnit.DAYS.between(referral.referredOn(), today);
        }
    }

    public Dashboard dashboard(Optional<Long> navigatorId) {
        access.require(Permission.CLIENT_RECORD);
        LocalDate today = LocalDate.now(clock);
        Optional<Set<Long>> reached = database.read(access::caseload);
        List<Referral> open = database.read(dsl -> referrals.withStatus(dsl, List.of(ReferralStatus.REQUESTED,
                ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD))).stream()
                .filter(r -> reached.map(clients -> clients.contains(r.clientId())).orElse(true)).toList();
        List<Referral> unassigned = open.stream().filter(r -> r.status() == ReferralStatus.REQUESTED).toList();
        List<Referral> mine = navigatorId.map(me -> open.stream()
                .filter(r -> r.navigatorId().equals(Optional.of(me))).toList()).orElse(List.of());
        List<Referral> waiting = open.stream().filter(r -> r.firstContactOn().isEmpty()
                && r.status() != ReferralStatus.ON_HOLD
                && r.referredOn().isBefore(today.minusDays(FIRST_CONTACT_DAYS))).toList();
        Set<Long> openReferralIds = new HashSet<>();
        open.forEach(r -> openReferralIds.add(r.id()));
        // A next step left undone on a referral that has since closed is no longer work for anyone.
        List<Encounter> followUps = database.read(dsl -> encounters.dueBy(dsl, today.plusDays(FOLLOW_UP_HORIZON_DAYS)))
                .stream().filter(e -> e.referralId().map(openReferralIds::contains).orElse(true))
                .filter(e -> reached.map(clients -> clients.contains(e.clientId())).orElse(true)).toList();
        if (navigatorId.isPresent()) {
            followUps = followUps.stream().filter(e -> e.navigatorId().equals(navigatorId)).toList();
        }
        LocalDate monthStart = today.withDayOfMonth(1);
        java.time.Instant monthStartInstant = monthStart.atStartOfDay(clock.getZone()).toInstant();
        int received = database.read(dsl -> referrals.receivedSince(dsl, monthStart));
        int completed = database.read(dsl -> referrals.movesToSince(dsl, ReferralStatus.COMPLETED, monthStartInstant));
        Set<Long> ids = new HashSet<>();
        open.forEach(r -> ids.add(r.clientId()));
        followUps.forEach(e -> ids.add(e.clientId()));
        return new Dashboard(unassigned, mine, followUps, waiting, clients.summaries(ids), received, completed, today);
    }
}
