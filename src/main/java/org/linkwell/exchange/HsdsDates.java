package org.linkwell.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** HSDS dates: YYYY-MM-DD, or the date part of an ISO date-time. */
final class HsdsDates {
    private HsdsDates() {
    }

    static Optional<LocalDate> date(HsdsRow row, String field, List<ImportProblem> problems) {
        String text = row.get(field);
        String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        try {
            return Cells.date(day);
        } catch (InvalidCell e) {
            problems.add(row.problem(field, "import.date", text));
            return Optional.empty();
        }
    }
}
