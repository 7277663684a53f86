package org.linkwell.programs;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/**
 * What a navigator narrows the catalog to. Every part is optional; the catalog is small, so this
 * runs in memory, on each keystroke, without touching the database.
 */
public record ProgramFilter(String text, Optional<Category> category, Optional<String> interest,
                            Optional<String> language, CostFilter cost, Optional<DayOfWeek> day,
                            Optional<AccessibilityFeature> accessibility, Optional<Audience> audience,
                            boolean includeInactive, boolean onlyNeedingCheck) {

    public enum CostFilter { ANY, FREE, FREE_OR_SUBSIDISED }

    public static ProgramFilter all() {
        return new ProgramFilter("", Optional.empty(), Optional.empty(), Optional.empty(), CostFilter.ANY,
                Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    /** @param organizationName the name of the program's partner organisation, or "" */
    public boolean matches(Program program, String organizationName, java.time.LocalDate today) {
        return (includeInactive || program.status() == ProgramStatus.ACTIVE)
                && (!onlyNeedingCheck || program.needsChecking(today))
                && category.map(c -> c == program.category()).orElse(true)
                && interest.map(program.interestCodes()::contains).orElse(true)
                && language.map(program.languages()::contains).orElse(true)
                && costMatches(program.cost())
                && day.map(d -> program.schedules().stream().anyMatch(s -> s.days().contains(d))).orElse(true)
                && accessibility.map(program.accessibility()::contains).orElse(true)
                && audience.map(program.eligibility().audiences()::contains).orElse(true)
                && textMatches(program, organizationName);
    }

    private boolean costMatches(Program.Cost programCost) {
        return switch (cost) {
            case ANY -> true;
            case FREE -> programCost.isFree();
            case FREE_OR_SUBSIDISED -> programCost.isFree() || programCost.subsidyAvailable()
                    || programCost.kind() == CostKind.SLIDING_SCALE;
        };
    }

    private boolean textMatches(Program program, String organizationName) {
        String wanted = fold(text);
        if (wanted.isBlank()) {
            return true;
        }
        String haystack = fold(program.name() + " " + program.description() + " " + organizationName + " "
                + program.location().placeName() + " " + program.location().city());
        for (String word : wanted.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no accents: "Café" and "cafe" are the same word here. */
    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
