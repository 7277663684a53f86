package org.linkwell.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwell.reports.EquityGroup;
import org.linkwell.reports.OutcomeFigures;
import org.linkwell.reports.OutcomeRow;
import org.linkwell.surveys.ClientGroup;
import org.linkwell.surveys.MeasureChange;
import org.linkwell.surveys.OutcomeQuery;
import org.linkwell.surveys.OutcomesService;

/** The funder report's Outcomes sheet, answered by the surveys' outcomes summary (the same figures as on screen). */
final class SurveyOutcomeFigures implements OutcomeFigures {
    private final OutcomesService outcomes;

    SurveyOutcomeFigures(OutcomesService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<OutcomeRow> outcomes(LocalDate from, LocalDate to, Optional<EquityGroup> group) {
        return outcomes(from, to, List.of(group)).get(0);
    }

    @Override
    public List<List<OutcomeRow>> outcomes(LocalDate from, LocalDate to, List<Optional<EquityGroup>> groups) {
        List<OutcomeQuery> queries = groups.stream().map(group -> new OutcomeQuery(from, to, group
                .<ClientGroup>map(g -> new ClientGroup.Equity(g.question(), g.answer()))
                .orElseGet(ClientGroup.All::new))).toList();
        return outcomes.summarizeAll(queries).stream()
                .map(summary -> summary.measures().stream().map(SurveyOutcomeFigures::row).toList()).toList();
    }

    private static OutcomeRow row(MeasureChange m) {
        return new OutcomeRow(m.instrumentId(), m.measureId(), m.label(), m.higherIsBetter(), m.clients(),
                m.meanBaseline(), m.meanFollowUp(), m.meanChange(), m.ciLow(), m.ciHigh(), m.improved(), m.same(),
                m.worse());
    }
}
