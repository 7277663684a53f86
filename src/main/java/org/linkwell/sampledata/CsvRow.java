package org.linkwell.sampledata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/** One data row of clients.csv, read cell by cell; a bad cell fails with its row and column. */
final class CsvRow {
    private final CSVRecord record;
    private final String source;

    CsvRow(CSVRecord record, String source) {
        this.record = record;
        this.source = source;
    }

    /** The row number a spreadsheet shows: the header is row 1 (Commons CSV counts data records from 1). */
    int number() {
        return (int) record.getRecordNumber() + 1;
    }

    String text(Column column) {
        return record.get(column.header()).strip();
    }

    boolean yesNo(Column column) {
        return switch (text(column).toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> true;
            case "no", "" -> false;
            default -> throw fail(column, "must be yes or no");
        };
    }

    Optional<LocalDate> date(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw fail(column, "is not a date written as yyyy-mm-dd");
        }
    }

    /** Parses a code with {@code parse}; an unknown code fails naming the code and the known ones. */
    <T> T code(Column column, String code, Function<String, T> parse, String known) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException e) {
            throw fail(column, "unknown code \"" + code + "\" (known: " + known + ")");
        }
    }

    SampleDataException fail(Column column, String problem) {
        return fail(column.header(), problem);
    }

    SampleDataException fail(String column, String problem) {
        return new SampleDataException(source, number(), column, problem);
    }
}
