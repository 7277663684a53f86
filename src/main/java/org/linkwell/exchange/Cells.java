package org.linkwell.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.linkwell.programs.Code;

/** Reads the plain cells of the spreadsheet: yes/no, numbers, dates, times and coded choices. */
final class Cells {
    private static final Set<String> YES = Set.of("yes", "y", "oui", "o", "true", "vrai", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "non", "false", "faux", "0");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}(?:[.,]0+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRACTION = Pattern.compile("0?[.,]\\d+");
    private static final Pattern CLOCK =
            Pattern.compile("(\\d{1,2})(?:[:h.](\\d{2}))?(?::(\\d{2}))?(am|pm|a\\.m\\.|p\\.m\\.)?h?");

    private Cells() {
    }

    static boolean yesNo(String text, boolean whenEmpty) throws InvalidCell {
        String folded = Words.fold(text);
        if (folded.isEmpty()) {
            return whenEmpty;
        }
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        throw new InvalidCell("import.yesNo", text);
    }

    static OptionalInt wholeNumber(String text) throws InvalidCell {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new InvalidCell("import.wholeNumber", text);
        }
        return OptionalInt.of(Integer.parseInt(trimmed.replaceAll("[.,]0+$", "")));
    }

    /** YYYY-MM-DD only: a date like 03/04/2026 means different days to different people. */
    static Optional<LocalDate> date(String text) throws InvalidCell {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (DATE.matcher(trimmed).matches()) {
                return Optional.of(LocalDate.parse(trimmed));
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        throw new InvalidCell("import.date", text);
    }

    /** "10:00", "9:30", "10h30", "10 h", "2:30 pm", or Excel's fraction of a day (0.4166 is 10:00). */
    static LocalTime time(String text) throws InvalidCell {
        String compact = Words.fold(text).replace(" ", "");
        if (FRACTION.matcher(compact).matches()) {
            return XlsxFiles.time(Double.parseDouble(compact.replace(',', '.')));
        }
        Matcher m = CLOCK.matcher(compact);
        if (!m.matches()) {
            throw new InvalidCell("import.time", text);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                throw new InvalidCell("import.time", text);
            }
            hour = hour % 12 + (m.group(4).startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new InvalidCell("import.time", text);
        }
        return LocalTime.of(hour, minute, second);
    }

    /** An amount of money in cents: "5", "5.00", "$5.50", "5,50 $"; empty when the text has no amount. */
    static OptionalInt cents(String text) throws InvalidCell {
        String bare = Words.fold(text).replaceAll("[$\\s\u00a0\u202f]|cad", "");
        if (bare.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!bare.matches("\\d{1,7}(?:[.,]\\d{1,2})?")) {
            throw new InvalidCell("import.cost", text);
        }
        BigDecimal amount = new BigDecimal(bare.replace(',', '.'));
        return OptionalInt.of(amount.movePointRight(2).intValueExact());
    }

    /**
     * A coded choice: its code ("referral-form"), the code with spaces ("referral form"), or one of the
     * given synonyms (folded, e.g. "sur inscription"); {@code whenEmpty} for an empty cell.
     */
    static <E extends Enum<E>> E choice(Class<E> type, String text, E whenEmpty, Map<String, E> synonyms)
            throws InvalidCell {
        String folded = Words.fold(text);
        if (folded.isEmpty()) {
            return whenEmpty;
        }
        String slug = Words.slug(text);
        for (E value : type.getEnumConstants()) {
            if (Code.of(value).equals(slug)) {
                return value;
            }
        }
        E synonym = synonyms.get(folded);
        if (synonym == null) {
            throw new InvalidCell("import.choice", text, codes(type));
        }
        return synonym;
    }

    /** Several codes separated by ; such as "wheelchair-access;quiet-space". */
    static <E extends Enum<E>> Set<E> choices(Class<E> type, String text) throws InvalidCell {
        Set<E> values = new LinkedHashSet<>();
        for (String item : Words.items(text)) {
            values.add(choice(type, item, null, Map.of()));
        }
        return values;
    }

    static <E extends Enum<E>> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Code::of).collect(Collectors.joining(", "));
    }

    static String joined(List<String> items) {
        return String.join(", ", items);
    }
}
