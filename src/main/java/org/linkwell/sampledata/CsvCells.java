package org.linkwell.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a sample-data CSV file, read cell by cell by column name; a bad cell fails with
 * the file, the row as a spreadsheet numbers it (the header is row 1) and the column.
 */
final class CsvCells {
    private final CSVRecord record;
    private final String source;

    CsvCells(CSVRecord record, String source) {
        this.record = record;
        this.source = source;
    }

    /**
     * Reads every row; the header must name each of {@code columns} (in any order) and, when
     * {@code strict}, nothing else.
     */
    static List<CsvCells> read(Reader in, String source, List<String> columns, boolean strict) throws IOException {
        try (CSVParser parser = parse(withoutByteOrderMark(in), source)) {
            checkHeader(parser.getHeaderNames(), columns, strict, source);
            List<CsvCells> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                CsvCells row = new CsvCells(record, source);
                if (!record.isConsistent()) {
                    throw new SampleDataException(source, row.number(), "", "has " + record.size()
                            + " cells but the header has " + parser.getHeaderNames().size());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    int number() {
        return (int) record.getRecordNumber() + 1;
    }

    String text(String column) {
        return record.get(column).strip();
    }

    Optional<String> optional(String column) {
        String text = text(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String required(String column) {
        return optional(column).orElseThrow(() -> fail(column, "is required"));
    }

    boolean yesNo(String column) {
        return switch (text(column).toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no", "" -> false;
            default -> throw fail(column, "must be yes or no");
        };
    }

    Optional<LocalDate> date(String column) {
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

    LocalDate requiredDate(String column) {
        return date(column).orElseThrow(() -> fail(column, "is required"));
    }

    OptionalInt optionalInt(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw fail(column, "is not a whole number");
        }
    }

    /** A code parsed by {@code parse}; an unknown one fails naming it and the known ones. */
    <T> T code(String column, String code, Function<String, T> parse, String known) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException e) {
            throw fail(column, "unknown code \"" + code + "\" (known: " + known + ")");
        }
    }

    SampleDataException fail(String column, String problem) {
        return new SampleDataException(source, number(), column, problem);
    }

    private static CSVParser parse(Reader reader, String source) throws IOException {
        try {
            return ClientCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
        } catch (IllegalArgumentException e) {
            throw new SampleDataException(source, 1, "", "the header row is not usable (" + e.getMessage() + ")");
        }
    }

    private static void checkHeader(List<String> headers, List<String> columns, boolean strict, String source) {
        Set<String> expected = new LinkedHashSet<>(columns);
        if (strict) {
            headers.stream().filter(header -> !expected.contains(header)).findFirst().ifPresent(header -> {
                throw new SampleDataException(source, 1, header, "is not a known column (known: "
                        + String.join(", ", expected) + ")");
            });
        }
        expected.removeAll(headers);
        if (!expected.isEmpty()) {
            throw new SampleDataException(source, 1, expected.iterator().next(), "is missing from the header row");
        }
    }

    private static BufferedReader withoutByteOrderMark(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        reader.mark(1);
        if (reader.read() != ClientCsvWriter.BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
