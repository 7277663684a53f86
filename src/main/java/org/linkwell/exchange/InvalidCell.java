package org.linkwell.exchange;

import java.util.List;

/** A cell's text is not what its column expects; the readers turn it into an {@link ImportProblem}. */
final class InvalidCell extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    InvalidCell(String messageKey, String... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    String messageKey() {
        return messageKey;
    }

    List<String> args() {
        return args;
    }

    ImportProblem at(String file, int row, String column) {
        return new ImportProblem(file, row, column, messageKey, args);
    }

    /** Parses one cell's text. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws InvalidCell;
    }
}
