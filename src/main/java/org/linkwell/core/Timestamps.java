package org.linkwell.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Instants are stored as fixed-width UTC text so that they sort correctly as strings
 * (Instant.toString() drops trailing zeros and does not). SQLite's CURRENT_TIMESTAMP,
 * used as a column default, has no fraction: both forms are read.
 */
public final class Timestamps {
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private static final String WRITTEN_SHAPE = "9999-99-99 99:99:99.999";
    private static final int WRITTEN_LENGTH = WRITTEN_SHAPE.length();

    private Timestamps() {
    }

    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (isWrittenForm(text)) {
            // The form we write, read field by field: reports read hundreds of thousands, and the formatter costs
            // more than the rest of reading a row.
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                    number(text, 14, 16), number(text, 17, 19), number(text, 20, 23) * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(text.replace('T', ' '), READ).toInstant(ZoneOffset.UTC);
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return WRITE.format(t);
        }
        // By hand for the same reason as parse: a load writes a timestamp or two per row.
        StringBuilder out = new StringBuilder(WRITTEN_LENGTH);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append(' ');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        return pad(out, t.getNano() / 1_000_000, 3).toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(text);
    }

    /** yyyy-MM-dd HH:mm:ss.SSS, digits where the digits go. */
    private static boolean isWrittenForm(String text) {
        if (text.length() != WRITTEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < WRITTEN_LENGTH; i++) {
            char c = text.charAt(i);
            char expected = WRITTEN_SHAPE.charAt(i);
            if (expected == '9' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
