package org.linkwell.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.linkwell.core.Messages;
import org.linkwell.reports.ReportTable.Cell;
import org.linkwell.reports.ReportTable.Kind;

/** The Summary, Trend and Programs tables of a funder report. */
final class SummaryTables {
    private final Messages messages;
    private final Suppression suppression;

    SummaryTables(Messages messages, Suppression suppression) {
        this.messages = messages;
        this.suppression = suppression;
    }

    List<ReportTable> summary(FunderFigures.Summary s) {
        List<ReportTable.Row> rows = new ArrayList<>();
        rows.add(count("referrals", s.referralsReceived()));
        rows.add(count("newClients", s.newClients()));
        rows.add(count("activeClients", s.activeClients()));
        rows.add(count("completedClients", s.completedClients()));
        rows.add(count("prescriptions", s.prescriptionsMade()));
        rows.add(count("agreed", s.prescriptionsAgreed()));
        rows.add(count("started", s.prescriptionsStarted()));
        rows.add(new ReportTable.Row(label("uptake"), List.of(CountTableBuilder.rate(s.prescriptionsStarted(),
                suppression.isSmall(s.prescriptionsStarted()), s.prescriptionsAgreed(),
                suppression.isSmall(s.prescriptionsAgreed())))));
        boolean fewContacts = suppression.isSmall(s.referralsWithFirstContact());
        rows.add(measure("medianDays", Kind.DAYS, s.medianDaysToFirstContact(), fewContacts));
        rows.add(measure("p90Days", Kind.DAYS, s.p90DaysToFirstContact(), fewContacts));
        rows.add(count("encounters", s.encounters()));
        rows.add(measure("encounterHours", Kind.HOURS, OptionalDouble.of(s.encounterMinutes() / 60.0),
                suppression.isSmall(s.encounters())));
        rows.add(count("champions", s.championsActive()));
        rows.add(measure("volunteerHours", Kind.HOURS, OptionalDouble.of(s.volunteerMinutes() / 60.0),
                suppression.isSmall(s.championsActive())));
        rows.add(new ReportTable.Row(label("programsUsed"), List.of(Cell.of(Kind.NUMBER, s.programsUsed()))));
        rows.add(new ReportTable.Row(label("organizationsUsed"), List.of(Cell.of(Kind.NUMBER, s.organizationsUsed()))));
        ReportTable key = new ReportTable("key", messages.get("report.table.key"),
                List.of(messages.get("report.col.figure"), messages.get("report.col.value")), rows,
                java.util.Optional.empty());
        return List.of(key,
                byCode("byCategory", s.prescriptionsByCategory(), code -> messages.get("category." + code), true),
                byCode("byStatus", s.prescriptionsByStatus(), code -> messages.get("prescriptionStatus." + code), true),
                byCode("bySource", s.referralsBySource(), this::source, true),
                byCode("byReason", s.referralsByReason(), code -> messages.get("referralReason." + code), false));
    }

    ReportTable trend(List<FunderFigures.Month> months) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", messages.locale());
        CountTableBuilder table = new CountTableBuilder("trend", messages.get("report.table.trend"),
                messages.get("report.col.month"), suppression)
                .counts(label("referrals"), label("newClients"), label("prescriptions"), label("encounters"),
                        label("completedClients"));
        List<java.time.YearMonth> order = new ArrayList<>();
        for (FunderFigures.Month m : months) {
            table.row(format.format(m.month()), m.referralsReceived(), m.newClients(), m.prescriptionsMade(),
                    m.encounters(), m.completedClients());
            order.add(m.month());
        }
        ReportTable built = table.additive(messages.get("report.total"));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < built.rows().size(); i++) {
            ReportTable.Row row = built.rows().get(i);
            rows.add(new ReportTable.Row(row.label(), java.util.Optional.of(order.get(i)), row.cells()));
        }
        return new ReportTable(built.id(), built.title(), built.headers(), rows, built.total());
    }

    List<ReportTable> programs(List<FunderFigures.ProgramUse> programs, List<FunderFigures.ProgramUse> organizations,
                               String chcName) {
        CountTableBuilder byProgram = uses("byProgram", "report.col.program");
        programs.forEach(p -> byProgram.row(p.name() + " — " + (p.detail().isEmpty() ? chcName : p.detail()),
                p.prescribed(), p.agreed(), p.started(), p.completed()));
        CountTableBuilder byOrganization = uses("byOrganization", "report.col.organization");
        organizations.forEach(o -> byOrganization.row(o.name().isEmpty() ? chcName : o.name(), o.prescribed(),
                o.agreed(), o.started(), o.completed()));
        return List.of(byProgram.additive(messages.get("report.total")),
                byOrganization.additive(messages.get("report.total")));
    }

    private CountTableBuilder uses(String id, String labelHeader) {
        return new CountTableBuilder(id, messages.get("report.table." + id), messages.get(labelHeader), suppression)
                .counts(label("prescriptions"), label("agreed"), label("started"), messages.get("report.col.completed"))
                .rate(label("uptake"), 2, 1).rate(messages.get("report.col.completion"), 3, 2);
    }

    private ReportTable byCode(String id, Map<String, Long> counts, Function<String, String> labels, boolean additive) {
        CountTableBuilder table = new CountTableBuilder(id, messages.get("report.table." + id),
                messages.get("report.col." + id), suppression).counts(messages.get("report.col.count"));
        if (additive) {
            table.share(messages.get("report.col.share"), 0);
        }
        counts.forEach((code, n) -> table.row(labels.apply(code), n));
        return additive ? table.additive(messages.get("report.total")) : table.separate();
    }

    private String source(String code) {
        return switch (code) {
            case "internal" -> messages.get("report.source.internal");
            case "self-referral" -> messages.get("referralSource.self-referral");
            default -> messages.get("discipline." + code);
        };
    }

    private ReportTable.Row count(String figure, long value) {
        return new ReportTable.Row(label(figure), List.of(suppression.isSmall(value) ? Cell.hidden(Kind.COUNT)
                : Cell.of(Kind.COUNT, value)));
    }

    private ReportTable.Row measure(String figure, Kind kind, OptionalDouble value, boolean hidden) {
        Cell cell = hidden ? Cell.hidden(kind) : value.isPresent() ? Cell.of(kind, value.getAsDouble()) : Cell.empty(kind);
        return new ReportTable.Row(label(figure), List.of(cell));
    }

    private String label(String figure) {
        return messages.get("report.figure." + figure);
    }
}
