package org.linkwell.lockbox;

import java.util.List;
import java.util.Set;
import org.linkwell.clients.Client;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.Journey;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.TimelineEvent;

/** Copies of a client's record with a withheld part taken out, for screens and printouts that must not show it. */
public final class Redaction {
    private Redaction() {
    }

    /** The client as {@code withheld} lets them be seen: without the equity answers when those are withheld. */
    public static Client client(Client c, Withheld withheld) {
        return withheld.equity() ? withoutEquity(c) : c;
    }

    /** The journey as {@code withheld} lets it be seen: without its notes when those are withheld. */
    public static Journey journey(Journey j, Withheld withheld) {
        return withheld.notes() ? withoutNotes(j) : j;
    }

    public static Client withoutEquity(Client c) {
        return new Client(c.id(), c.version(), c.identity(), c.contact(), c.consent(), c.strengths(), c.needs(),
                c.barriers(), Client.Equity.none(), c.closure());
    }

    /** The same client with {@code equity} put back: a save from a screen that never showed the answers keeps them. */
    public static Client withEquity(Client c, Client.Equity equity) {
        return new Client(c.id(), c.version(), c.identity(), c.contact(), c.consent(), c.strengths(), c.needs(),
                c.barriers(), equity, c.closure());
    }

    /**
     * The journey without its notes: encounter and prescription notes, support notes, referral reasons and hopes,
     * and the reasons given for status changes. Dates, statuses, programs and next steps (the work to do) stay.
     */
    public static Journey withoutNotes(Journey j) {
        List<Referral> referrals = j.referrals().stream().map(r -> new Referral(r.id(), r.version(), r.clientId(),
                r.prescriberId(), r.navigatorId(), r.source(), r.referredOn(), r.urgency(), Set.of(), "", "",
                r.consentConfirmed(), r.status(), "", r.firstContactOn())).toList();
        List<Encounter> encounters = j.encounters().stream().map(e -> new Encounter(e.id(), e.version(), e.clientId(),
                e.referralId(), e.navigatorId(), e.occurredOn(), e.mode(), e.minutes(), "", e.nextStep(),
                e.nextStepDueOn(), e.nextStepDone())).toList();
        List<SocialPrescription> prescriptions = j.prescriptions().stream().map(p -> new SocialPrescription(p.id(),
                p.version(), p.clientId(), p.referralId(), p.programId(), p.materialSupport(), p.status(), "",
                p.barriersAddressed(), p.supports().stream().map(s -> new SocialPrescription.Support(s.kind(), ""))
                .toList(), p.startedOn(), p.endedOn(), "")).toList();
        List<TimelineEvent> timeline = j.timeline().stream().map(t -> new TimelineEvent(t.on(), t.kind(),
                t.messageKey(), t.args(), "")).toList();
        return new Journey(j.clientId(), referrals, encounters, prescriptions, j.programNames(), j.champion(), timeline);
    }
}
