package org.linkwell.sampledata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.StaffMember;

/** Who refers a client, to which navigator, how urgently and why: the reasons follow the client's needs. */
final class ReferralFacts {
    record Who(Optional<String> prescriber, Referral.Source source, String navigator) {
    }

    record Why(Set<ReferralReason> reasons, String otherReason, String hopes) {
    }

    private static final List<Referral.Urgency> URGENCIES = List.of(Referral.Urgency.values());
    private static final List<StaffRoster.Prescriber> PRESCRIBERS = StaffRoster.PRESCRIBERS;
    private static final int[] PRESCRIBER_WEIGHTS = StaffRoster.prescriberWeights();
    private static final List<StaffRoster.Navigator> NAVIGATORS = StaffRoster.NAVIGATORS;
    private static final int MAX_REASONS = 3;

    Who who(Pick pick, ClientFacts client, Optional<String> previousPrescriber) {
        String navigator = navigator(pick, client);
        if (pick.chance(0.05)) {
            return new Who(Optional.empty(), Referral.Source.SELF_REFERRAL, navigator);
        }
        StaffRoster.Prescriber prescriber = pick.weighted(PRESCRIBERS, PRESCRIBER_WEIGHTS);
        if (previousPrescriber.filter(prescriber.staff().key()::equals).isPresent()) {
            prescriber = pick.weighted(PRESCRIBERS, PRESCRIBER_WEIGHTS);
        }
        boolean agency = prescriber.staff().discipline().filter(d -> d == StaffMember.Discipline.EXTERNAL_AGENCY)
                .isPresent();
        return new Who(Optional.of(prescriber.staff().key()),
                agency ? Referral.Source.EXTERNAL_AGENCY : Referral.Source.INTERNAL, navigator);
    }

    /** Mostly the navigator who recorded the client's consent; French speakers go to one who works in French. */
    private static String navigator(Pick pick, ClientFacts client) {
        String recordedBy = client.client.consent().recordedBy();
        Optional<StaffRoster.Navigator> known = NAVIGATORS.stream()
                .filter(n -> n.initialName().equals(recordedBy) && (n.french() || !client.french())).findFirst();
        if (known.isPresent() && pick.chance(0.75)) {
            return known.get().staff().key();
        }
        int[] weights = NAVIGATORS.stream()
                .mapToInt(n -> client.french() ? (n.french() ? n.caseload() : 0) : (n.french() ? 1 : 2) * n.caseload())
                .toArray();
        return pick.weighted(NAVIGATORS, weights).staff().key();
    }

    Referral.Urgency urgency(Pick pick) {
        return pick.weighted(URGENCIES, new int[] {84, 13, 3});
    }

    /** One to three reasons; loneliness is the most common, as in every social prescribing service. */
    Why why(Pick pick, ClientFacts client) {
        Set<ReferralReason> reasons = new LinkedHashSet<>();
        if (client.has(NeedDomain.SOCIAL_ISOLATION) ? pick.chance(0.95) : pick.chance(0.45)) {
            reasons.add(ReferralReason.LONELINESS);
        }
        fromNeed(pick, client, NeedDomain.FOOD_SECURITY, ReferralReason.FOOD_INSECURITY, reasons);
        fromNeed(pick, client, NeedDomain.INCOME, ReferralReason.INCOME, reasons);
        fromNeed(pick, client, NeedDomain.HOUSING, ReferralReason.HOUSING, reasons);
        fromNeed(pick, client, NeedDomain.CAREGIVING, ReferralReason.CAREGIVER_STRESS, reasons);
        if (client.needNoteMentions("widowed", "perdu son conjoint") ? pick.chance(0.9) : pick.chance(0.04)) {
            reasons.add(ReferralReason.BEREAVEMENT);
        }
        if (pick.chance(client.has(BarrierType.ANXIETY) ? 0.6 : 0.18)) {
            reasons.add(ReferralReason.LOW_MOOD_ANXIETY);
        }
        if (pick.chance(client.interestedIn("walking", "exercise", "yoga", "swimming", "dance") ? 0.3 : 0.15)) {
            reasons.add(ReferralReason.PHYSICAL_ACTIVITY);
        }
        if (pick.chance(client.age >= 65 ? 0.2 : 0.08)) {
            reasons.add(ReferralReason.CHRONIC_CONDITION);
        }
        if ((client.newcomer() || client.language == Language.OTHER) && pick.chance(0.6)) {
            reasons.add(ReferralReason.NEWCOMER_SETTLEMENT);
        }
        String other = "";
        for (NeedDomain need : List.of(NeedDomain.LEGAL, NeedDomain.TRANSPORTATION, NeedDomain.DIGITAL_ACCESS,
                NeedDomain.EMPLOYMENT, NeedDomain.EDUCATION)) {
            if (other.isEmpty() && client.has(need) && pick.chance(0.5)) {
                other = JourneyWords.OTHER_REASONS.get(need).in(client.language);
            }
        }
        List<ReferralReason> kept = new ArrayList<>(reasons);
        kept = kept.subList(0, Math.min(kept.size(), other.isEmpty() ? MAX_REASONS : MAX_REASONS - 1));
        if (!other.isEmpty()) {
            kept.add(ReferralReason.OTHER);
        }
        if (kept.isEmpty()) {
            kept.add(ReferralReason.LONELINESS);
        }
        ReferralReason main = kept.get(0);
        String hopes = main == ReferralReason.OTHER ? ""
                : pick.one(JourneyWords.HOPES.get(main)).in(client.language);
        return new Why(Set.copyOf(kept), other, pick.chance(0.8) ? hopes : "");
    }

    private static void fromNeed(Pick pick, ClientFacts client, NeedDomain need, ReferralReason reason,
                                 Set<ReferralReason> reasons) {
        if (client.has(need) && pick.chance(0.8)) {
            reasons.add(reason);
        }
    }
}
