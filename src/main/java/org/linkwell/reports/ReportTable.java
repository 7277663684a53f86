package org.linkwell.reports;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One table of a report as people read it, suppression already applied: the same object feeds the
 * workbook and the screen, so both always show the same figures.
 */
public record ReportTable(String id, String title, List<String> headers, List<Row> rows, Optional<Row> total) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** How a number reads. NUMBER is a count that names nobody (programs, organisations): never suppressed. */
    public enum Kind { COUNT, NUMBER, PERCENT, DAYS, HOURS, DECIMAL }

    /** month: set when the row is a calendar month, so a workbook can write it as a real date. */
    public record Row(String label, Optional<java.time.YearMonth> month, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(String label, List<Cell> cells) {
            this(label, Optional.empty(), cells);
        }
    }

    /** A number, a suppressed count, or nothing to show (e.g. a rate with no denominator). */
    public record Cell(Kind kind, OptionalDouble value, boolean suppressed) {
        public static Cell of(Kind kind, double value) {
            return new Cell(kind, OptionalDouble.of(value), false);
        }

        public static Cell hidden(Kind kind) {
            return new Cell(kind, OptionalDouble.empty(), true);
        }

        public static Cell empty(Kind kind) {
            return new Cell(kind, OptionalDouble.empty(), false);
        }
    }

    /** Every row, the total last when there is one. */
    public List<Row> allRows() {
        return total.map(t -> {
            List<Row> all = new java.util.ArrayList<>(rows);
            all.add(t);
            return List.copyOf(all);
        }).orElse(rows);
    }
}
