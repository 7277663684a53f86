package org.linkwell.sampledata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.linkwell.clients.BarrierType;
import org.linkwell.referrals.SocialPrescription;

/** The help that gets a client to a program despite a barrier: bus tickets, a ride, the fee paid... */
final class SupportPlanner {
    record Supports(Set<BarrierType> barriers, List<SocialPrescription.Support> supports) {
        static final Supports NONE = new Supports(Set.of(), List.of());
    }

    Supports plan(Pick pick, ClientFacts client, CatalogRow program) {
        Set<BarrierType> addressed = EnumSet.noneOf(BarrierType.class);
        List<SocialPrescription.Support> supports = new ArrayList<>();
        for (BarrierType barrier : BarrierType.values()) {
            if (!client.has(barrier) || !pick.chance(0.55)) {
                continue;
            }
            String kind = kind(barrier, client.supportFor(barrier), program);
            if (kind.isEmpty()) {
                continue;
            }
            addressed.add(barrier);
            String own = client.supportFor(barrier);
            String note = ownNoteFits(barrier, own) ? own : JourneyWords.SUPPORT_NOTES.get(kind).in(client.language);
            if (supports.stream().noneMatch(s -> s.kind().equals(kind))) {
                supports.add(new SocialPrescription.Support(kind, note));
            }
        }
        return new Supports(addressed, supports);
    }

    /** Whether what clients.csv says was done for the barrier also describes this support. */
    private static boolean ownNoteFits(BarrierType barrier, String own) {
        String lower = own.toLowerCase(Locale.ROOT);
        return !own.isEmpty() && switch (barrier) {
            case TRANSPORT, ANXIETY, CHILDCARE -> true;
            case LANGUAGE -> lower.contains("interpr");
            case COST -> lower.contains("fee") || lower.contains("frais");
            default -> false;
        };
    }

    /** The kind of support for a barrier ("" when there is nothing to do, like a fee for a free program). */
    private static String kind(BarrierType barrier, String note, CatalogRow program) {
        String lower = note.toLowerCase(Locale.ROOT);
        return switch (barrier) {
            case TRANSPORT -> lower.contains("driver") || lower.contains("chauffeur") || lower.contains("taxi")
                    ? "ride" : "bus-tickets";
            case COST -> program.free() ? "" : "fee-paid";
            case ANXIETY -> "companion";
            case LANGUAGE -> "interpreter";
            case MOBILITY, DISTANCE -> "ride";
            case CHILDCARE -> "childcare";
            case SCHEDULE -> "reminder-calls";
        };
    }
}
