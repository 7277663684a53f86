package org.linkwell.exchange;

import java.util.Arrays;
import org.linkwell.core.ValidationException.FieldError;

/** The cell of an HSDS package a value came from, so a rule broken by the value points at that cell. */
record HsdsSite(HsdsRow row, String field) {
    ImportProblem problem(FieldError error) {
        return new ImportProblem(row.table().fileName(), row.row(), field, error.messageKey(),
                Arrays.stream(error.args()).map(String::valueOf).toList());
    }
}
