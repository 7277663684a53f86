package org.linkwell.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Collects HSDS rows table by table and writes them as a tabular data package: CSV files + datapackage.json. */
final class HsdsWriter {
    private final Map<HsdsTable, List<Map<String, String>>> tables = new EnumMap<>(HsdsTable.class);

    /** A new row of {@code table}; fill it with {@link Row#put}. */
    Row row(HsdsTable table) {
        Map<String, String> values = new LinkedHashMap<>();
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        return new Row(table, values);
    }

    boolean has(HsdsTable table, String id) {
        return tables.getOrDefault(table, List.of()).stream().anyMatch(row -> id.equals(row.get("id")));
    }

    void write(Path folder, String title) {
        try {
            Files.createDirectories(folder);
            for (HsdsTable table : HsdsTable.values()) {
                try (Writer out = Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                    csv.printRecord(table.fields());
                    for (Map<String, String> row : tables.getOrDefault(table, List.of())) {
                        csv.printRecord(table.fields().stream().map(field -> row.getOrDefault(field, "")).toList());
                    }
                }
            }
            Files.writeString(folder.resolve("datapackage.json"), dataPackage(title), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HSDS package to " + folder, e);
        }
    }

    /** The Frictionless descriptor: every resource with its path and its fields. */
    static String dataPackage(String title) {
        StringJoiner resources = new StringJoiner(",\n", "[\n", "\n  ]");
        for (HsdsTable table : HsdsTable.values()) {
            StringJoiner fields = new StringJoiner(", ", "[", "]");
            table.fields().forEach(field -> fields.add("{\"name\": " + json(field) + ", \"type\": "
                    + json(HsdsTable.isNumber(field) ? "number" : "string") + "}"));
            resources.add("    {\"name\": " + json(table.resourceName()) + ", \"path\": " + json(table.fileName())
                    + ", \"profile\": \"tabular-data-resource\", \"format\": \"csv\", \"mediatype\": \"text/csv\""
                    + ", \"encoding\": \"utf-8\",\n     \"schema\": {\"fields\": " + fields
                    + (table.fields().get(0).equals("id") ? ", \"primaryKey\": \"id\"" : "") + "}}");
        }
        return "{\n  \"name\": \"linkwell-program-catalog\",\n  \"title\": " + json(title) + ",\n"
                + "  \"description\": \"Program catalog in Open Referral HSDS 3.0 tabular form, written by Linkwell.\",\n"
                + "  \"profile\": \"tabular-data-package\",\n  \"resources\": " + resources + "\n}\n";
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    /** One row being filled; fields must be the table's. */
    static final class Row {
        private final HsdsTable table;
        private final Map<String, String> values;

        Row(HsdsTable table, Map<String, String> values) {
            this.table = table;
            this.values = values;
        }

        Row put(String field, String value) {
            if (!table.fields().contains(field)) {
                throw new IllegalArgumentException(table.fileName() + " has no field " + field);
            }
            values.put(field, value);
            return this;
        }
    }
}
