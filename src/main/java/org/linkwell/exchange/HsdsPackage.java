package org.linkwell.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of an HSDS folder, read and indexed. organization.csv and service.csv must be there; any other
 * table may be missing (it then has no rows). Columns are found by name, in any order; unknown ones are ignored.
 */
final class HsdsPackage {
    private final Map<HsdsTable, List<HsdsRow>> tables = new EnumMap<>(HsdsTable.class);
    private final Map<String, Map<String, List<HsdsRow>>> indexes = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    static HsdsPackage read(Path folder) {
        HsdsPackage read = new HsdsPackage();
        for (HsdsTable table : HsdsTable.values()) {
            Path file = folder.resolve(table.fileName());
            boolean needed = table == HsdsTable.ORGANIZATION || table == HsdsTable.SERVICE;
            if (!Files.isRegularFile(file)) {
                if (needed) {
                    read.problems.add(ImportProblem.inFile(table.fileName(), "import.hsds.missingFile",
                            table.fileName()));
                }
                continue;
            }
            try {
                read.load(table, CsvFiles.read(file, false));
            } catch (ImportException e) {
                read.problems.addAll(e.problems());
            }
        }
        return read;
    }

    private void load(HsdsTable table, Sheet sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            columns.putIfAbsent(Words.lower(sheet.headers().get(i)), i);
        }
        List<String> missing = table.requiredFields().stream().filter(f -> !columns.containsKey(f)).toList();
        if (!sheet.headers().isEmpty() && !missing.isEmpty()) {
            missing.forEach(field -> problems.add(ImportProblem.at(sheet.fileName(), 1, field,
                    "import.column.missing", field)));
            return;
        }
        List<HsdsRow> rows = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            if (sheet.isBlank(i)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            int index = i;
            columns.forEach((field, column) -> values.put(field, sheet.cell(index, column)));
            rows.add(new HsdsRow(table, Sheet.rowNumber(i), values));
        }
        tables.put(table, rows);
    }

    /** Problems with the package itself: missing files, wrong encoding, missing columns. */
    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    List<HsdsRow> rows(HsdsTable table) {
        return tables.getOrDefault(table, List.of());
    }

    /** The rows of {@code table} whose {@code field} is {@code value}, in file order. */
    List<HsdsRow> where(HsdsTable table, String field, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        Map<String, List<HsdsRow>> index = indexes.computeIfAbsent(table.name() + "." + field, key -> {
            Map<String, List<HsdsRow>> byValue = new HashMap<>();
            rows(table).forEach(row -> byValue.computeIfAbsent(row.get(field), v -> new ArrayList<>()).add(row));
            return byValue;
        });
        return index.getOrDefault(value, List.of());
    }

    /** The first row of {@code table} with this id. */
    java.util.Optional<HsdsRow> byId(HsdsTable table, String id) {
        return where(table, "id", id).stream().findFirst();
    }
}
