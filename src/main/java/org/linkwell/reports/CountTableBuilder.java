package org.linkwell.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a table of counts with derived rates, applying small-cell suppression column by column.
 * When the rows add up to the total row, a single hidden cell in a column would be given away by
 * the total, so the column gets complementary suppression.
 */
final class CountTableBuilder {
    private record Derived(String header, int numerator, int denominator) {
        /** denominator −1: the share of the column's total. */
        boolean isShare() {
            return denominator < 0;
        }
    }

    private final String id;
    private final String title;
    private final Suppression suppression;
    private final List<String> headers = new ArrayList<>();
    private final List<Derived> derived = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<long[]> counts = new ArrayList<>();
    private int countColumns;

    CountTableBuilder(String id, String title, String labelHeader, Suppression suppression) {
        this.id = id;
        this.title = title;
        this.suppression = suppression;
        headers.add(labelHeader);
    }

    CountTableBuilder counts(String... countHeaders) {
        headers.addAll(List.of(countHeaders));
        countColumns += countHeaders.length;
        return this;
    }

    /** numerator ÷ denominator (count column indexes) as a percentage. */
    CountTableBuilder rate(String header, int numerator, int denominator) {
        derived.add(new Derived(header, numerator, denominator));
        return this;
    }

    /** The row's share of the column total. */
    CountTableBuilder share(String header, int column) {
        derived.add(new Derived(header, column, -1));
        return this;
    }

    CountTableBuilder row(String label, long... values) {
        if (values.length != countColumns) {
            throw new IllegalArgumentException("expected " + countColumns + " counts, got " + values.length);
        }
        labels.add(label);
        counts.add(values.clone());
        return this;
    }

    /** additive: the rows add up to a total row, which is shown under the label {@code totalLabel}. */
    ReportTable additive(String totalLabel) {
        long[] totals = new long[countColumns];
        boolean[][] hidden = new boolean[counts.size()][countColumns];
        for (int c = 0; c < countColumns; c++) {
            long[] column = new long[counts.size()];
            for (int r = 0; r < counts.size(); r++) {
                column[r] = counts.get(r)[c];
                totals[c] += column[r];
            }
            boolean[] group = suppression.group(column);
            for (int r = 0; r < counts.size(); r++) {
                hidden[r][c] = group[r];
            }
        }
        boolean[] totalHidden = new boolean[countColumns];
        for (int c = 0; c < countColumns; c++) {
            totalHidden[c] = suppression.isSmall(totals[c]);
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < counts.size(); r++) {
            rows.add(row(labels.get(r), counts.get(r), hidden[r], totals, totalHidden));
        }
        return new ReportTable(id, title, allHeaders(), rows,
                Optional.of(row(totalLabel, totals, totalHidden, totals, totalHidden)));
    }

    /** Rows that do not add up to anything (one referral may give several reasons): each cell on its own. */
    ReportTable separate() {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < counts.size(); r++) {
            long[] values = counts.get(r);
            boolean[] hidden = new boolean[countColumns];
            for (int c = 0; c < countColumns; c++) {
                hidden[c] = suppression.isSmall(values[c]);
            }
            rows.add(row(labels.get(r), values, hidden, new long[countColumns], new boolean[countColumns]));
        }
        return new ReportTable(id, title, allHeaders(), rows, Optional.empty());
    }

    private List<String> allHeaders() {
        List<String> all = new ArrayList<>(headers);
        derived.forEach(d -> all.add(d.header()));
        return all;
    }

    private ReportTable.Row row(String label, long[] values, boolean[] hidden, long[] totals, boolean[] totalHidden) {
        List<ReportTable.Cell> cells = new ArrayList<>();
        for (int c = 0; c < countColumns; c++) {
            cells.add(hidden[c] ? ReportTable.Cell.hidden(ReportTable.Kind.COUNT)
                    : ReportTable.Cell.of(ReportTable.Kind.COUNT, values[c]));
        }
        for (Derived d : derived) {
            long denominator = d.isShare() ? totals[d.numerator()] : values[d.denominator()];
            boolean denominatorHidden = d.isShare() ? totalHidden[d.numerator()] : hidden[d.denominator()];
            cells.add(rate(values[d.numerator()], hidden[d.numerator()], denominator, denominatorHidden));
        }
        return new ReportTable.Row(label, cells);
    }

    static ReportTable.Cell rate(long numerator, boolean numeratorHidden, long denominator, boolean denominatorHidden) {
        if (numeratorHidden || denominatorHidden) {
            return ReportTable.Cell.hidden(ReportTable.Kind.PERCENT);
        }
        return denominator == 0 ? ReportTable.Cell.empty(ReportTable.Kind.PERCENT)
                : ReportTable.Cell.of(ReportTable.Kind.PERCENT, numerator / (double) denominator);
    }
}
