package org.linkwell.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file as a {@link Sheet}: UTF-8 only (a byte-order mark is fine), comma or semicolon separated. */
final class CsvFiles {
    private static final char REPLACEMENT = '\uFFFD';

    private CsvFiles() {
    }

    /** @param requireRows a file with no data row is a problem (programs), or simply empty (HSDS tables) */
    static Sheet read(Path file, boolean requireRows) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.inFile(name, "import.file.unreadable", String.valueOf(e.getMessage())));
        }
        int start = hasBom(bytes) ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(wrongEncoding(name, new String(bytes, start, bytes.length - start,
                    StandardCharsets.UTF_8)));
        }
        if (text.isBlank()) {
            if (requireRows) {
                throw new ImportException(ImportProblem.inFile(name, "import.file.empty"));
            }
            return new Sheet(name, List.of(), List.of());
        }
        List<List<String>> records = parse(name, text);
        Sheet sheet = new Sheet(name, records.get(0).stream().map(String::strip).toList(),
                records.subList(1, records.size()));
        if (requireRows && sheet.filledRows() == 0) {
            throw new ImportException(ImportProblem.at(name, 1, "", "import.file.noRows"));
        }
        return sheet;
    }

    private static List<List<String>> parse(String name, String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(ImportProblem.inFile(name, "import.file.notCsv", String.valueOf(e.getMessage())));
        }
    }

    /** Excel in French saves "CSV" with semicolons: whichever of , ; or tab the header line uses most. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Points at the first cell holding a byte that is not UTF-8 (typically an é saved as Windows-1252). */
    private static ImportProblem wrongEncoding(String name, String lenient) {
        List<List<String>> records;
        try {
            records = parse(name, lenient);
        } catch (ImportException e) {
            return ImportProblem.inFile(name, "import.file.encoding");
        }
        List<String> headers = records.get(0);
        for (int r = 0; r < records.size(); r++) {
            List<String> record = records.get(r);
            for (int c = 0; c < record.size(); c++) {
                if (record.get(c).indexOf(REPLACEMENT) >= 0) {
                    String column = r == 0 || c >= headers.size() ? "" : headers.get(c).strip();
                    return ImportProblem.at(name, r + 1, column, "import.file.encoding");
                }
            }
        }
        return ImportProblem.inFile(name, "import.file.encoding");
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
