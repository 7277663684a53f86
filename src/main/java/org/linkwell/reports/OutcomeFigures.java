package org.linkwell.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the report gets survey outcomes from: one row per reported measure, for all clients or for
 * one equity group. The surveys feature answers it (its OutcomesService, plugged in by the
 * composition root); reports never reads survey tables itself.
 */
public interface OutcomeFigures {
    List<OutcomeRow> outcomes(LocalDate from, LocalDate to, Optional<EquityGroup> group);

    /** The outcomes of each group in order (empty: all clients); answerers read the surveys once for all of them. */
    default List<List<OutcomeRow>> outcomes(LocalDate from, LocalDate to, List<Optional<EquityGroup>> groups) {
        return groups.stream().map(group -> outcomes(from, to, group)).toList();
    }

    /** No survey outcomes at all: the sheet then says none are recorded for the period. */
    OutcomeFigures NONE = (from, to, group) -> List.of();
}
