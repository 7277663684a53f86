package org.linkwell.exchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column of the sheet (0-based) holds each field. Fields not in the map are not in the file: their
 * cells read as empty, which is fine for every field but the {@link SpreadsheetFields#required() required} ones.
 */
public record ColumnMapping(Map<SpreadsheetField, Integer> columns) {

    public ColumnMapping {
        EnumMap<SpreadsheetField, Integer> copy = new EnumMap<>(SpreadsheetField.class);
        columns.forEach((field, column) -> {
            if (column == null || column < 0) {
                throw new IllegalArgumentException("column of " + field + " must be 0 or more");
            }
            copy.put(field, column);
        });
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Matches headers to fields by the documented names (any case) and common English and French synonyms
     * ("Programme", "Nom", "Organisme", "Jours", ...). The first header naming a field wins.
     */
    public static ColumnMapping guess(List<String> headers) {
        EnumMap<SpreadsheetField, Integer> found = new EnumMap<>(SpreadsheetField.class);
        for (int column = 0; column < headers.size(); column++) {
            int at = column;
            SpreadsheetFields.matching(headers.get(column)).ifPresent(field -> found.putIfAbsent(field, at));
        }
        return new ColumnMapping(found);
    }

    public OptionalInt column(SpreadsheetField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** The field read from this column, if any. */
    public Optional<SpreadsheetField> fieldAt(int column) {
        return columns.entrySet().stream().filter(entry -> entry.getValue() == column).map(Map.Entry::getKey)
                .findFirst();
    }

    /** This mapping with {@code field} read from {@code column}; no other field keeps that column. */
    public ColumnMapping with(SpreadsheetField field, int column) {
        EnumMap<SpreadsheetField, Integer> changed = new EnumMap<>(SpreadsheetField.class);
        changed.putAll(columns);
        changed.values().removeIf(existing -> existing == column);
        changed.put(field, column);
        return new ColumnMapping(changed);
    }

    public ColumnMapping without(SpreadsheetField field) {
        EnumMap<SpreadsheetField, Integer> changed = new EnumMap<>(SpreadsheetField.class);
        changed.putAll(columns);
        changed.remove(field);
        return new ColumnMapping(changed);
    }

    /** Required fields no column is chosen for; an import cannot start until this is empty. */
    public List<SpreadsheetField> missingRequired() {
        return SpreadsheetFields.required().stream().filter(field -> !columns.containsKey(field)).toList();
    }
}
