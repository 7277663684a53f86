package org.linkwell.reports;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Age bands for reports, by age on the last day of the period; never the birth date itself. */
public final class AgeBand {
    public static final List<String> CODES = List.of("0-17", "18-24", "25-44", "45-64", "65-79", "80-plus", "unknown");
    private static final int[] LOWER = {0, 18, 25, 45, 65, 80};

    private AgeBand() {
    }

    /** The latest birth date of someone in band {@code code} (or an older one) on {@code on}; not for "unknown". */
    static LocalDate bornBy(String code, LocalDate on) {
        return on.minusYears(LOWER[CODES.indexOf(code)]);
    }

    public static String of(Optional<LocalDate> dateOfBirth, LocalDate on) {
        if (dateOfBirth.isEmpty() || dateOfBirth.get().isAfter(on)) {
            return "unknown";
        }
        int age = Period.between(dateOfBirth.get(), on).getYears();
        for (int i = LOWER.length - 1; i >= 0; i--) {
            if (age >= LOWER[i]) {
                return CODES.get(i);
            }
        }
        return "unknown";
    }
}
