package org.linkwell.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.linkwell.surveys.SurveyResponse;

/**
 * surveys.csv: one row per survey (client, instrument and version, timepoint, date, mode, status) with its
 * answers as {@code item=value} pairs joined by semicolons; written like the other sample files.
 */
final class SurveyCsv {
    static final String FILE = "surveys.csv";
    static final List<String> COLUMNS = List.of("chart_number", "instrument", "version", "timepoint",
            "administered_on", "mode", "status", "answers");

    private SurveyCsv() {
    }

    static void write(List<SampleSurveyRow> rows, Writer out) throws IOException {
        out.write(ClientCsvWriter.BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, ClientCsvWriter.FORMAT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (SampleSurveyRow r : rows) {
                printer.printRecord(r.chartNumber(), r.instrument(), r.version(), r.timepoint(), r.administeredOn(),
                        r.mode().code(), r.status().code(), r.answers().entrySet().stream()
                                .map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(";")));
            }
        }
    }

    static List<SampleSurveyRow> read(Reader in, String source) throws IOException {
        List<SampleSurveyRow> rows = new ArrayList<>();
        for (CsvCells r : CsvCells.read(in, source, COLUMNS, true)) {
            String mode = r.required("mode");
            String status = r.required("status");
            rows.add(new SampleSurveyRow(r.required("chart_number"), r.required("instrument"), number(r, "version"),
                    number(r, "timepoint"), r.requiredDate("administered_on"),
                    r.code("mode", mode, SurveyResponse.Mode::fromCode, "on-screen, paper, phone"),
                    r.code("status", status, SurveyResponse.Status::fromCode, "completed, declined, unreachable"),
                    answers(r)));
        }
        return rows;
    }

    private static int number(CsvCells r, String column) {
        return r.optionalInt(column).orElseThrow(() -> r.fail(column, "is required"));
    }

    private static Map<String, Integer> answers(CsvCells r) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String pair : r.text("answers").split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            try {
                answers.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException e) {
                throw r.fail("answers", "\"" + pair + "\" is not written as item=number");
            }
        }
        return answers;
    }
}
