package org.linkwell.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;

class ProgramSuggestionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Program program(String name, Set<String> languages, CostKind cost, Set<String> interests,
                                   OptionalInt minAge, ProgramStatus status, boolean full) {
        Program b = Program.blank();
        return new Program(1, 1, name, name, "", Optional.empty(), Category.SOCIAL_PEER_SUPPORT, b.location(),
                new Program.Cost(cost, cost == CostKind.FEE ? OptionalInt.of(1500) : OptionalInt.empty(), false),
                interests, languages, Set.of(), new Program.Eligibility(minAge, OptionalInt.empty(), Set.of()),
                new Program.Capacity(OptionalInt.empty(), full), b.joining(), b.contact(), false, false,
                Optional.of(TODAY), status, List.of());
    }

    /** A French-speaking client, 70, with no income, who likes music. */
    private static Client frenchClientWithNoIncome() {
        Client b = Client.blank();
        return new Client(1, 1, new Client.Identity("C-1", "Gisèle", "Roy", "", "", Optional.of(LocalDate.of(1956, 5, 5)),
                "", Language.FRENCH, ""), b.contact(), b.consent(),
                new Client.Strengths(Set.of("music"), "", "", ""),
                List.of(new Client.Need(NeedDomain.INCOME, true, "No income since spring")),
                List.of(new Client.Barrier(BarrierType.COST, true, "")), b.equity(), b.closure());
    }

    @Test
    void frenchClientWithNoIncome_seesFreeFrenchProgramsFirst_withReasons() {
        List<Program> catalog = List.of(
                program("English choir (fee)", Set.of("en"), CostKind.FEE, Set.of("music"), OptionalInt.empty(), ProgramStatus.ACTIVE, false),
                program("Chorale gratuite", Set.of("fr"), CostKind.FREE, Set.of("music"), OptionalInt.empty(), ProgramStatus.ACTIVE, false),
                program("Cercle de tricot", Set.of("fr", "en"), CostKind.FREE, Set.of("sewing"), OptionalInt.empty(), ProgramStatus.ACTIVE, false),
                program("Free English walk", Set.of("en"), CostKind.FREE, Set.of("walking"), OptionalInt.empty(), ProgramStatus.ACTIVE, false),
                program("Atelier payant", Set.of("fr"), CostKind.FEE, Set.of(), OptionalInt.empty(), ProgramStatus.ACTIVE, false));

        List<Suggestion> ranked = ProgramSuggestions.rank(frenchClientWithNoIncome(), catalog, TODAY);

        assertEquals(List.of("Chorale gratuite", "Cercle de tricot", "Atelier payant", "Free English walk",
                "English choir (fee)"), ranked.stream().map(s -> s.program().name()).toList());
        List<String> firstReasons = ranked.get(0).reasons().stream().map(Suggestion.Reason::messageKey).toList();
        assertEquals(List.of("suggestion.interests", "suggestion.language", "suggestion.free"), firstReasons);
        assertEquals(List.of("music"), ranked.get(0).reasons().get(0).args());
        assertTrue(ranked.get(4).reasons().stream().anyMatch(r -> !r.positive() && r.messageKey().equals("suggestion.fee")));
    }

    @Test
    void programsTheClientCannotJoin_areLeftOut_andFullOnesSink() {
        List<Program> catalog = List.of(
                program("Youth only", Set.of("fr"), CostKind.FREE, Set.of("music"), OptionalInt.of(80), ProgramStatus.ACTIVE, false),
                program("Ended", Set.of("fr"), CostKind.FREE, Set.of("music"), OptionalInt.empty(), ProgramStatus.ENDED, false),
                program("Full choir", Set.of("fr"), CostKind.FREE, Set.of("music"), OptionalInt.empty(), ProgramStatus.ACTIVE, true),
                program("Open walk", Set.of("fr"), CostKind.FREE, Set.of(), OptionalInt.empty(), ProgramStatus.ACTIVE, false));

        List<Suggestion> ranked = ProgramSuggestions.rank(frenchClientWithNoIncome(), catalog, TODAY);

        assertEquals(List.of("Open walk", "Full choir"), ranked.stream().map(s -> s.program().name()).toList());
    }

    @Test
    void aProgramMeetingWithinTwoWeeks_saysSo() {
        Program weekly = program("Thursday choir", Set.of("fr"), CostKind.FREE, Set.of(), OptionalInt.empty(),
                ProgramStatus.ACTIVE, false);
        Program withSchedule = new Program(2, 1, "c", weekly.name(), "", Optional.empty(), weekly.category(),
                weekly.location(), weekly.cost(), weekly.interestCodes(), weekly.languages(), weekly.accessibility(),
                weekly.eligibility(), weekly.capacity(), weekly.joining(), weekly.contact(), false, false,
                weekly.lastVerifiedOn(), ProgramStatus.ACTIVE, List.of(org.linkwell.programs.Schedule.weekly(
                List.of(java.time.DayOfWeek.THURSDAY), java.time.LocalTime.of(14, 0), java.time.LocalTime.of(15, 0))));

        Suggestion only = ProgramSuggestions.rank(frenchClientWithNoIncome(), List.of(withSchedule), TODAY).get(0);

        assertTrue(only.reasons().contains(new Suggestion.Reason("suggestion.soon", List.of("2026-11-26"), true)));
    }
}
