package org.linkwell.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.core.Messages;
import org.linkwell.reports.ReportTable.Cell;
import org.linkwell.reports.ReportTable.Kind;

/** The Demographics and Outcomes tables: counts of people only, and outcomes only for groups large enough. */
final class PeopleTables {
    private final Messages messages;
    private final Suppression suppression;

    PeopleTables(Messages messages, Suppression suppression) {
        this.messages = messages;
        this.suppression = suppression;
    }

    List<ReportTable> demographics(FunderFigures.Demographics d) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counts("age", messages.get("report.table.age"), d.ageBands(), code -> messages.get("report.age." + code)));
        tables.add(counts("gender", messages.get("report.table.gender"), d.genders(),
                code -> messages.get("report.gender." + code)));
        tables.add(counts("language", messages.get("report.table.language"), d.languages(),
                code -> messages.get("language." + code)));
        for (Map.Entry<EquityQuestion, Map<String, Long>> e : d.equity().entrySet()) {
            EquityQuestion q = e.getKey();
            tables.add(counts("equity-" + q.code(), messages.get(q.messageKey()), e.getValue(),
                    answer -> FunderFigures.Demographics.NOT_ASKED.equals(answer) ? messages.get("equity.notAsked")
                            : messages.get(q.answerKey(answer))));
        }
        return tables;
    }

    private ReportTable counts(String id, String title, Map<String, Long> counts,
                               java.util.function.Function<String, String> labels) {
        CountTableBuilder table = new CountTableBuilder(id, title, title, suppression)
                .counts(messages.get("report.col.clients")).share(messages.get("report.col.share"), 0);
        counts.forEach((code, n) -> table.row(labels.apply(code), n));
        return table.additive(messages.get("report.total"));
    }

    /** All clients first, then each equity group in which at least one measure has enough clients. */
    List<ReportTable> outcomes(OutcomeFigures source, ReportPeriod period) {
        List<Optional<EquityGroup>> groups = new ArrayList<>();
        groups.add(Optional.empty());
        for (EquityQuestion q : EquityQuestion.values()) {
            q.answers().stream().filter(answer -> !answer.equals(EquityQuestion.PREFER_NOT))
                    .forEach(answer -> groups.add(Optional.of(new EquityGroup(q, answer))));
        }
        List<List<OutcomeRow>> outcomes = source.outcomes(period.from(), period.to(), groups);
        if (outcomes.get(0).isEmpty()) {
            return List.of();
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(outcomeTable("outcomes", messages.get("report.table.outcomes"), outcomes.get(0)));
        for (int i = 1; i < groups.size(); i++) {
            EquityGroup group = groups.get(i).orElseThrow();
            List<OutcomeRow> rows = outcomes.get(i);
            if (rows.stream().anyMatch(r -> r.clients() >= suppression.threshold())) {
                EquityQuestion q = group.question();
                tables.add(outcomeTable("outcomes-" + q.code() + "-" + group.answer(),
                        messages.get(q.messageKey()) + " — " + messages.get(q.answerKey(group.answer())), rows));
            }
        }
        return tables;
    }

    private ReportTable outcomeTable(String id, String title, List<OutcomeRow> rows) {
        List<String> headers = List.of(messages.get("report.col.measure"), messages.get("report.col.pairedClients"),
                messages.get("report.col.meanBaseline"), messages.get("report.col.meanFollowUp"),
                messages.get("report.col.meanChange"), messages.get("report.col.ciLow"),
                messages.get("report.col.ciHigh"), messages.get("report.col.improved"));
        String language = messages.locale().getLanguage();
        List<ReportTable.Row> table = new ArrayList<>();
        for (OutcomeRow r : rows) {
            String label = r.label(language) + " (" + messages.get(r.higherIsBetter() ? "report.outcome.higher"
                    : "report.outcome.lower") + ")";
            if (r.clients() < suppression.threshold()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(r.clients() == 0 ? Cell.of(Kind.COUNT, 0) : Cell.hidden(Kind.COUNT));
                for (int i = 0; i < 6; i++) {
                    cells.add(Cell.empty(i == 5 ? Kind.PERCENT : Kind.DECIMAL));
                }
                table.add(new ReportTable.Row(label, cells));
                continue;
            }
            table.add(new ReportTable.Row(label, List.of(Cell.of(Kind.COUNT, r.clients()),
                    Cell.of(Kind.DECIMAL, r.meanBaseline()), Cell.of(Kind.DECIMAL, r.meanFollowUp()),
                    Cell.of(Kind.DECIMAL, r.meanChange()), Cell.of(Kind.DECIMAL, r.ciLow()),
                    Cell.of(Kind.DECIMAL, r.ciHigh()), Cell.of(Kind.PERCENT, r.improved() / (double) r.clients()))));
        }
        return new ReportTable(id, title, headers, table, Optional.empty());
    }
}
