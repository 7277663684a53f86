package org.linkwell.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The catalog spreadsheet's fields, which are required, and which field a header names. */
public final class SpreadsheetFields {
    private SpreadsheetFields() {
    }

    /** Every field, in the documented column order (the order an export writes them). */
    public static List<SpreadsheetField> all() {
        return List.of(SpreadsheetField.values());
    }

    /** The fields every program row needs: name and category. */
    public static List<SpreadsheetField> required() {
        return Arrays.stream(SpreadsheetField.values()).filter(SpreadsheetField::required).toList();
    }

    /** The field a header names, by its documented name or a synonym, ignoring case, accents and spacing. */
    public static Optional<SpreadsheetField> matching(String header) {
        String folded = Words.header(header);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (SpreadsheetField field : SpreadsheetField.values()) {
            if (field.column().equals(folded)) {
                return Optional.of(field);
            }
        }
        return Arrays.stream(SpreadsheetField.values()).filter(field -> field.synonyms().contains(folded)).findFirst();
    }
}
