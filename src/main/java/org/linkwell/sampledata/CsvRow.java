package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/** One data row of clients.csv, read by {@link Column}: the cells are read and checked as {@link CsvCells} reads them. */
final class CsvRow {
    private final CsvCells cells;

    CsvRow(CSVRecord record, String source) {
        this.cells = new CsvCells(record, source);
    }

    /** The row number a spreadsheet shows: the header is row 1. */
    int number() {
        return cells.number();
    }

    String text(Column column) {
        return cells.text(column.header());
    }

    boolean yesNo(Column column) {
        return cells.yesNo(column.header());
    }

    Optional<LocalDate> date(Column column) {
        return cells.date(column.header());
    }

    <T> T code(Column column, String code, Function<String, T> parse, String known) {
        return cells.code(column.header(), code, parse, known);
    }

    SampleDataException fail(Column column, String problem) {
        return cells.fail(column.header(), problem);
    }

    SampleDataException fail(String column, String problem) {
        return cells.fail(column, problem);
    }
}
