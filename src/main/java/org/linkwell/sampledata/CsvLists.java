package org.linkwell.sampledata;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How list-valued fields fit in one CSV cell, readable in a spreadsheet:
 * codes as {@code gardening;music}, and entries with a note as
 * {@code food-security: Skips meals | housing: Behind on rent} (the note may be absent).
 */
final class CsvLists {
    static final String CODE_SEPARATOR = ";";
    static final String ENTRY_SEPARATOR = " | ";

    /** A code with an optional note ("" when absent). */
    record Entry(String code, String note) {
    }

    private CsvLists() {
    }

    /** Codes in alphabetical order, so that the same set is always written the same way. */
    static String codes(Collection<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(CODE_SEPARATOR));
    }

    static List<String> splitCodes(String cell) {
        return Arrays.stream(cell.split(CODE_SEPARATOR)).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    static String entries(List<Entry> entries) {
        return entries.stream()
                .map(entry -> entry.note().isBlank() ? entry.code() : entry.code() + ": " + entry.note())
                .collect(Collectors.joining(ENTRY_SEPARATOR));
    }

    static List<Entry> splitEntries(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(CsvLists::entry).toList();
    }

    private static Entry entry(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? new Entry(text, "")
                : new Entry(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }
}
