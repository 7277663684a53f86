package org.linkwell.exchange;

import java.util.List;
import java.util.Objects;
import org.linkwell.core.Messages;

/**
 * One thing wrong in an imported file, where a person can find it: the file, the row as a
 * spreadsheet numbers it (the header is row 1; 0 = the whole file) and the column (its header text,
 * "" = the whole row). {@code messageKey} is a key in the message bundles, formatted with {@code args}.
 */
public record ImportProblem(String file, int row, String column, String messageKey, List<String> args) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
        if (row < 0) {
            throw new IllegalArgumentException("row must be 0 (whole file) or more");
        }
    }

    public static ImportProblem at(String file, int row, String column, String messageKey, String... args) {
        return new ImportProblem(file, row, column, messageKey, List.of(args));
    }

    public static ImportProblem inFile(String file, String messageKey, String... args) {
        return new ImportProblem(file, 0, "", messageKey, List.of(args));
    }

    /** "programs.csv row 4, column last_verified: "2026-13-01" is not a date. Write it as YYYY-MM-DD, ..." */
    public String englishText() {
        return text(EnglishHolder.MESSAGES);
    }

    /** The message bundle key that says where the problem is: import.where.file, .row, .column or .cell. */
    public String whereKey() {
        if (row == 0) {
            return column.isEmpty() ? "import.where.file" : "import.where.column";
        }
        return column.isEmpty() ? "import.where.row" : "import.where.cell";
    }

    /** The arguments of {@link #whereKey()}: the file, then the row and/or the column as text. */
    public Object[] whereArgs() {
        String rowText = Integer.toString(row);
        return switch (whereKey()) {
            case "import.where.file" -> new Object[] {file};
            case "import.where.column" -> new Object[] {file, column};
            case "import.where.row" -> new Object[] {file, rowText};
            default -> new Object[] {file, rowText, column};
        };
    }

    private String text(Messages messages) {
        return messages.get(whereKey(), whereArgs()) + ": " + messages.get(messageKey, args.toArray());
    }

    /** Built on first use only: the CLI needs it, the desktop app words problems in the user's language. */
    private static final class EnglishHolder {
        static final Messages MESSAGES = new Messages(Messages.ENGLISH);
    }
}
