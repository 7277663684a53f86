package org.linkwell.sampledata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.referrals.ReferralReason;

/**
 * How well each catalog program fits a client and the reasons they were referred: shared interests,
 * a program in their language (French speakers get French or bilingual programs), free programs for
 * tight budgets, programs for the need at hand, and audiences they belong to. Programs meant for a
 * need the client does not have (a food hamper, a tax clinic, a bereavement group) are left out.
 */
final class ProgramFit {
    /** What a client needs help with, in the catalog's terms. */
    enum Topic { LONELY, MOOD, ACTIVE, CHRONIC, FOOD, HOUSING, INCOME, CAREGIVER, GRIEF, NEWCOMER, LEGAL, WORK,
        DIGITAL, TRANSPORT, MOBILITY }

    record Candidate(CatalogRow program, int score) {
    }

    /** Words in a program's id that say which need it is for. */
    private static final Map<String, Topic> ID_WORDS = Map.ofEntries(Map.entry("good-food", Topic.FOOD),
            Map.entry("hamper", Topic.FOOD), Map.entry("tax", Topic.INCOME), Map.entry("formulaire", Topic.INCOME),
            Map.entry("vestiaire", Topic.INCOME), Map.entry("winter", Topic.INCOME), Map.entry("housing", Topic.HOUSING),
            Map.entry("logement", Topic.HOUSING), Map.entry("legal", Topic.LEGAL), Map.entry("juridique", Topic.LEGAL),
            Map.entry("employment", Topic.WORK), Map.entry("emploi", Topic.WORK), Map.entry("tech-help", Topic.DIGITAL),
            Map.entry("tablet", Topic.DIGITAL), Map.entry("transit", Topic.TRANSPORT),
            Map.entry("equipment", Topic.MOBILITY), Map.entry("caregiver", Topic.CAREGIVER),
            Map.entry("bereavement", Topic.GRIEF), Map.entry("deuil", Topic.GRIEF), Map.entry("anxi", Topic.MOOD),
            Map.entry("settlement", Topic.NEWCOMER));
    private static final Map<String, Set<Topic>> CATEGORY_TOPICS = Map.of(
            "social-peer-support", EnumSet.of(Topic.LONELY, Topic.NEWCOMER),
            "arts-culture", EnumSet.of(Topic.LONELY, Topic.MOOD),
            "volunteering", EnumSet.of(Topic.LONELY),
            "food-nutrition", EnumSet.of(Topic.LONELY, Topic.FOOD, Topic.CHRONIC),
            "physical-activity", EnumSet.of(Topic.ACTIVE, Topic.CHRONIC),
            "nature-outdoors", EnumSet.of(Topic.ACTIVE, Topic.MOOD),
            "mental-wellbeing", EnumSet.of(Topic.MOOD),
            "learning-skills", EnumSet.of(Topic.NEWCOMER, Topic.DIGITAL));
    private static final Set<String> NEEDS_ONLY = Set.of(CatalogRow.MATERIAL_SUPPORT, CatalogRow.PRACTICAL_SUPPORT,
            "mental-wellbeing");

    private ProgramFit() {
    }

    /** Every program the client could be prescribed, with a positive score; best first. */
    static List<Candidate> rank(ClientFacts client, Set<ReferralReason> reasons, List<CatalogRow> catalog) {
        Set<Topic> topics = topics(client, reasons);
        List<Candidate> candidates = new ArrayList<>();
        for (CatalogRow program : catalog) {
            int score = score(client, topics, program);
            if (score > 0) {
                candidates.add(new Candidate(program, score));
            }
        }
        candidates.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return candidates;
    }

    static Set<Topic> topics(ClientFacts client, Set<ReferralReason> reasons) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (ReferralReason reason : reasons) {
            switch (reason) {
                case LONELINESS -> topics.add(Topic.LONELY);
                case LOW_MOOD_ANXIETY -> topics.add(Topic.MOOD);
                case PHYSICAL_ACTIVITY -> topics.add(Topic.ACTIVE);
                case CHRONIC_CONDITION -> topics.add(Topic.CHRONIC);
                case FOOD_INSECURITY -> topics.add(Topic.FOOD);
                case HOUSING -> topics.add(Topic.HOUSING);
                case INCOME -> topics.add(Topic.INCOME);
                case CAREGIVER_STRESS -> topics.add(Topic.CAREGIVER);
                case BEREAVEMENT -> topics.add(Topic.GRIEF);
                case NEWCOMER_SETTLEMENT -> topics.add(Topic.NEWCOMER);
                case OTHER -> { }
            }
        }
        Map.of(NeedDomain.FOOD_SECURITY, Topic.FOOD, NeedDomain.INCOME, Topic.INCOME, NeedDomain.HOUSING,
                Topic.HOUSING, NeedDomain.LEGAL, Topic.LEGAL, NeedDomain.EMPLOYMENT, Topic.WORK,
                NeedDomain.DIGITAL_ACCESS, Topic.DIGITAL, NeedDomain.TRANSPORTATION, Topic.TRANSPORT,
                NeedDomain.CAREGIVING, Topic.CAREGIVER).forEach((need, topic) -> {
                    if (client.has(need)) {
                        topics.add(topic);
                    }
                });
        if (client.has(BarrierType.TRANSPORT)) {
            topics.add(Topic.TRANSPORT);
        }
        if (client.has(BarrierType.MOBILITY)) {
            topics.add(Topic.MOBILITY);
        }
        if (client.has(BarrierType.ANXIETY)) {
            topics.add(Topic.MOOD);
        }
        return topics;
    }

    private static int score(ClientFacts client, Set<Topic> topics, CatalogRow program) {
        if (!program.admitsAge(client.age) || !inAudience(client, topics, program)) {
            return 0;
        }
        int language = language(client, program);
        if (language == Integer.MIN_VALUE) {
            return 0;
        }
        int shared = (int) program.interests().stream().filter(client.client.strengths().interestCodes()::contains).count();
        Set<Topic> specific = specificTopics(program);
        boolean forNeed = specific.stream().anyMatch(topics::contains);
        boolean gated = NEEDS_ONLY.contains(program.category()) || shared == 0;
        if (!specific.isEmpty() && !forNeed && gated) {
            return 0;
        }
        if (specific.isEmpty() && program.isMaterialSupport()) {
            return 0;
        }
        int score = 1 + 3 * shared + (forNeed ? 6 : 0) + language + cost(client, topics, program);
        score += 2 * (int) CATEGORY_TOPICS.getOrDefault(program.category(), Set.of()).stream().filter(topics::contains)
                .count();
        score -= program.full() ? 3 : 0;
        return score;
    }

    static Set<Topic> specificTopics(CatalogRow program) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        ID_WORDS.forEach((word, topic) -> {
            if (program.id().contains(word)) {
                topics.add(topic);
            }
        });
        return topics;
    }

    /** French speakers: French or bilingual programs first. Other languages: their own, else English. */
    private static int language(ClientFacts client, CatalogRow program) {
        Set<String> languages = program.languages();
        return switch (client.language) {
            case FRENCH -> languages.contains("fr") ? 5 : -8;
            case ENGLISH -> languages.contains("en") ? 1
                    : client.answered(EquityQuestion.FRANCOPHONE, "yes") ? 0 : Integer.MIN_VALUE;
            case OTHER -> languages.contains(client.languageCode()) ? 6
                    : languages.contains("en") ? 0 : Integer.MIN_VALUE;
        };
    }

    private static int cost(ClientFacts client, Set<Topic> topics, CatalogRow program) {
        boolean tight = topics.contains(Topic.INCOME) || client.has(BarrierType.COST);
        if (program.free()) {
            return tight ? 3 : 0;
        }
        return tight ? (program.subsidy() ? -2 : -6) : -1;
    }

    /** Programs for women, men, newcomers, francophones, older adults... only for those they are meant for. */
    private static boolean inAudience(ClientFacts client, Set<Topic> topics, CatalogRow program) {
        for (String audience : program.audiences()) {
            boolean in = switch (audience) {
                case "women" -> "woman".equals(client.gender());
                case "men" -> "man".equals(client.gender());
                case "newcomers" -> client.newcomer() || client.language == Language.OTHER;
                case "francophone" -> client.french() || client.answered(EquityQuestion.FRANCOPHONE, "yes");
                case "indigenous" -> client.answered(EquityQuestion.INDIGENOUS, "first-nations", "metis", "inuit")
                        || client.answered(EquityQuestion.RACIAL_GROUP, "indigenous");
                case "black-community" -> client.answered(EquityQuestion.RACIAL_GROUP, "black");
                case "two-slgbtqia" -> client.answered(EquityQuestion.LGBTQ, "yes");
                case "caregivers" -> topics.contains(Topic.CAREGIVER);
                case "youth" -> client.age < 30;
                case "older-adults" -> client.age >= 55;
                default -> true; // families, people with disabilities: welcome, not required
            };
            if (!in) {
                return false;
            }
        }
        return true;
    }
}
