package org.linkwell.exchange;

import java.util.Map;

/** One row of an HSDS table, with where it is in the package so problems can point at it. */
record HsdsRow(HsdsTable table, int row, Map<String, String> values) {

    HsdsRow {
        values = Map.copyOf(values);
    }

    /** The field's text without surrounding spaces; "" when the file has no such column. */
    String get(String field) {
        return values.getOrDefault(field, "").strip();
    }

    ImportProblem problem(String field, String messageKey, String... args) {
        return ImportProblem.at(table.fileName(), row, field, messageKey, args);
    }

    ImportProblem problem(String field, InvalidCell invalid) {
        return invalid.at(table.fileName(), row, field);
    }
}
