package org.linkwell.sampledata;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;

/** What matters to a synthetic client, what they offer, and what stands in their way. */
final class StoryMaker {
    /** The interest codes seeded by migration V1, and how often clients name each. */
    static final List<String> INTERESTS = List.of("walking", "gardening", "art", "music", "cooking", "exercise",
            "nature", "games", "sewing", "writing", "volunteering", "peer-support", "faith", "yoga", "dance",
            "technology", "culture", "languages", "learning", "mindfulness", "photography", "woodworking",
            "swimming", "parenting");
    private static final int[] INTEREST_WEIGHTS = {14, 10, 9, 9, 8, 6, 6, 6, 5, 5, 5, 4, 4, 4, 3, 4, 3, 3, 4, 4, 2, 3,
        3, 2};
    private static final List<Integer> COUNTS = List.of(0, 1, 2, 3, 4);
    private static final List<NeedDomain> DOMAINS = List.of(NeedDomain.values());
    /** Isolation is why most people are referred to social prescribing. Same order as NeedDomain. */
    private static final int[] DOMAIN_WEIGHTS = {18, 10, 14, 4, 2, 30, 10, 5, 1, 6};
    private static final List<BarrierType> BARRIERS = List.of(BarrierType.values());

    private StoryMaker() {
    }

    static Client.Strengths strengths(Pick pick, Client.Identity identity) {
        boolean french = identity.language() == Language.FRENCH;
        int count = pick.weighted(COUNTS, new int[] {0, 25, 35, 25, 15});
        Set<String> interests = Set.copyOf(pick.distinct(INTERESTS, INTEREST_WEIGHTS, count));
        String note = pick.chance(0.25) ? pick.one(french ? OwnWords.INTEREST_NOTES_FR : OwnWords.INTEREST_NOTES_EN) : "";
        List<String> goalPool = french ? OwnWords.GOALS_FR : OwnWords.GOALS_EN;
        String goals = String.join(" ", pick.distinct(goalPool, ones(goalPool.size()), pick.chance(0.3) ? 2 : 1));
        return new Client.Strengths(interests, note, goals, gifts(pick, identity, french));
    }

    private static String gifts(Pick pick, Client.Identity identity, boolean french) {
        if (!pick.chance(0.3)) {
            return "";
        }
        if (identity.language() == Language.OTHER && pick.chance(0.6)) {
            return OwnWords.SPEAKS_EN.formatted(identity.languageOther());
        }
        return pick.one(french ? OwnWords.GIFTS_FR : OwnWords.GIFTS_EN);
    }

    static List<Client.Need> needs(Pick pick, Language language) {
        int count = pick.weighted(COUNTS, new int[] {25, 35, 25, 15, 0});
        var notes = language == Language.FRENCH ? CareWords.NEEDS_FR : CareWords.NEEDS_EN;
        return pick.distinct(DOMAINS, DOMAIN_WEIGHTS, count).stream()
                .map(domain -> new Client.Need(domain, true, pick.one(notes.get(domain))))
                .toList();
    }

    static List<Client.Barrier> barriers(Pick pick, Language language, int age, boolean inTown) {
        int count = pick.weighted(COUNTS, new int[] {35, 35, 20, 10, 0});
        // Same order as BarrierType: COST, TRANSPORT, LANGUAGE, MOBILITY, CHILDCARE, ANXIETY, SCHEDULE, DISTANCE.
        int[] weights = {25, 25, language == Language.OTHER ? 30 : 3, age >= 75 ? 25 : 12, age < 45 ? 10 : 1, 15, 8,
            inTown ? 4 : 15};
        var supports = language == Language.FRENCH ? CareWords.SUPPORTS_FR : CareWords.SUPPORTS_EN;
        return pick.distinct(BARRIERS, weights, count).stream()
                .map(type -> new Client.Barrier(type, true, pick.chance(0.8) ? pick.one(supports.get(type)) : ""))
                .toList();
    }

    private static int[] ones(int size) {
        int[] weights = new int[size];
        Arrays.fill(weights, 1);
        return weights;
    }
}
