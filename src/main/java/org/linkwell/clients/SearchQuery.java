package org.linkwell.clients;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a safe FTS5 query: every word becomes a quoted prefix term, so
 * FTS5 operators typed by accident (OR, NEAR, quotes, col:) are just text.
 */
public final class SearchQuery {
    public static final int MAX_TOKENS = 8;
    public static final int MIN_LENGTH = 2;

    private SearchQuery() {
    }

    public static Optional<String> toMatch(String typed) {
        String text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC).strip();
        if (text.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        String match = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(token -> !token.isEmpty())
                .limit(MAX_TOKENS)
                .map(token -> "\"" + token.replace("\"", "\"\"") + "\"*")
                .collect(Collectors.joining(" "));
        return match.isEmpty() ? Optional.empty() : Optional.of(match);
    }
}
