package org.linkwell.referrals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;

/**
 * Ranks the catalog by fit to one client: shared interests, the client's language, cost against an
 * income need, access against barriers, audience and age. Programs the client cannot join (ended or
 * paused, outside the age range) are left out; full ones sink to the bottom. Every point has a reason.
 */
public final class ProgramSuggestions {
    private ProgramSuggestions() {
    }

    public static List<Suggestion> rank(Client client, List<Program> catalog, LocalDate today) {
        List<Suggestion> ranked = new ArrayList<>();
        for (Program program : catalog) {
            if (program.status() != ProgramStatus.ACTIVE || !ageAllowed(client, program, today)) {
                continue;
            }
            ranked.add(score(client, program, today));
        }
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.program().name(), String.CASE_INSENSITIVE_ORDER));
        return ranked;
    }

    private static Suggestion score(Client client, Program program, LocalDate today) {
        List<Suggestion.Reason> reasons = new ArrayList<>();
        int score = 0;
        Set<String> shared = new TreeSet<>(client.strengths().interestCodes());
        shared.retainAll(program.interestCodes());
        if (!shared.isEmpty()) {
            score += 3 * shared.size();
            reasons.add(Suggestion.Reason.good("suggestion.interests", String.join(",", shared)));
        }
        String language = languageCode(client);
        if (!language.isEmpty()) {
            if (program.languages().contains(language)) {
                score += 4;
                reasons.add(Suggestion.Reason.good("suggestion.language", language));
            } else {
                score -= 5;
                reasons.add(Suggestion.Reason.bad("suggestion.noLanguage", language));
            }
        }
        score += cost(client, program, reasons);
        score += access(client, program, reasons);
        score += audience(client, program, today, reasons);
        score += schedule(client, program, today, reasons);
        if (program.capacity().full()) {
            score -= 6;
            reasons.add(Suggestion.Reason.bad("suggestion.full"));
        }
        if (program.needsChecking(today)) {
            reasons.add(Suggestion.Reason.bad("suggestion.stale"));
        }
        return new Suggestion(program, score, reasons);
    }

    private static int cost(Client client, Program program, List<Suggestion.Reason> reasons) {
        boolean tightMoney = hasNeed(client, NeedDomain.INCOME) || hasBarrier(client, BarrierType.COST);
        if (!tightMoney) {
            return 0;
        }
        if (program.cost().isFree()) {
            reasons.add(Suggestion.Reason.good("suggestion.free"));
            return 3;
        }
        if (program.cost().subsidyAvailable() || program.cost().kind() == CostKind.SLIDING_SCALE) {
            reasons.add(Suggestion.Reason.good("suggestion.subsidy"));
            return 1;
        }
        reasons.add(Suggestion.Reason.bad("suggestion.fee"));
        return -3;
    }

    private static int access(Client client, Program program, List<Suggestion.Reason> reasons) {
        int score = 0;
        boolean remote = program.location().kind() != LocationKind.IN_PERSON;
        if (hasBarrier(client, BarrierType.MOBILITY) && (remote
                || program.accessibility().contains(AccessibilityFeature.WHEELCHAIR_ACCESS))) {
            score += 2;
            reasons.add(Suggestion.Reason.good("suggestion.mobility"));
        }
        if ((hasBarrier(client, BarrierType.TRANSPORT) || hasBarrier(client, BarrierType.DISTANCE))
                && (remote || program.accessibility().contains(AccessibilityFeature.ON_BUS_ROUTE))) {
            score += 2;
            reasons.add(Suggestion.Reason.good(remote ? "suggestion.fromHome" : "suggestion.busRoute"));
        }
        if (hasBarrier(client, BarrierType.CHILDCARE) && program.accessibility().contains(AccessibilityFeature.CHILDCARE_ON_SITE)) {
            score += 2;
            reasons.add(Suggestion.Reason.good("suggestion.childcare"));
        }
        if (hasBarrier(client, BarrierType.ANXIETY) && program.accessibility().contains(AccessibilityFeature.QUIET_SPACE)) {
            score += 1;
            reasons.add(Suggestion.Reason.good("suggestion.quiet"));
        }
        return score;
    }

    private static int audience(Client client, Program program, LocalDate today, List<Suggestion.Reason> reasons) {
        int score = 0;
        Set<Audience> audiences = program.eligibility().audiences();
        int age = age(client, today);
        if (audiences.contains(Audience.OLDER_ADULTS) && age >= 55) {
            score += 2;
            reasons.add(Suggestion.Reason.good("suggestion.audience", Audience.OLDER_ADULTS.code()));
        }
        if (audiences.contains(Audience.FRANCOPHONE) && client.identity().language() == Language.FRENCH) {
            score += 2;
            reasons.add(Suggestion.Reason.good("suggestion.audience", Audience.FRANCOPHONE.code()));
        }
        if (audiences.contains(Audience.NEWCOMERS) && "yes".equals(client.equity().answers().get(EquityQuestion.NEWCOMER))) {
            score += 2;
            reasons.add(Suggestion.Reason.good("suggestion.audience", Audience.NEWCOMERS.code()));
        }
        if (audiences.contains(Audience.BLACK_COMMUNITY)
                && "black".equals(client.equity().answers().get(EquityQuestion.RACIAL_GROUP))) {
            score += 2;
            reasons.add(Suggestion.Reason.good("suggestion.audience", Audience.BLACK_COMMUNITY.code()));
        }
        return score;
    }

    /** A program that meets within two weeks can start while the client is motivated; on demand beats fixed times. */
    private static int schedule(Client client, Program program, LocalDate today, List<Suggestion.Reason> reasons) {
        if (program.schedules().isEmpty()) {
            if (hasBarrier(client, BarrierType.SCHEDULE)) {
                reasons.add(Suggestion.Reason.good("suggestion.noFixedTime"));
                return 1;
            }
            return 0;
        }
        return program.nextSessions(today, 1).stream().findFirst()
                .filter(session -> !session.date().isAfter(today.plusDays(14)))
                .map(session -> {
                    reasons.add(Suggestion.Reason.good("suggestion.soon", session.date().toString()));
                    return 1;
                }).orElse(0);
    }

    private static boolean ageAllowed(Client client, Program program, LocalDate today) {
        return client.identity().dateOfBirth().map(dob -> program.eligibility().admitsAge(Period.between(dob, today).getYears()))
                .orElse(true);
    }

    private static int age(Client client, LocalDate today) {
        return client.identity().dateOfBirth().map(dob -> Period.between(dob, today).getYears()).orElse(-1);
    }

    private static String languageCode(Client client) {
        return switch (client.identity().language()) {
            case ENGLISH -> "en";
            case FRENCH -> "fr";
            case OTHER -> "";
        };
    }

    private static boolean hasNeed(Client client, NeedDomain domain) {
        return client.needs().stream().anyMatch(n -> n.domain() == domain && n.flagged());
    }

    private static boolean hasBarrier(Client client, BarrierType type) {
        return client.barriers().stream().anyMatch(b -> b.type() == type && b.present());
    }
}
