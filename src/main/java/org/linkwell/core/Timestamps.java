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

    private Timestamps() {
    }

    public static Instant parse(String text) {
        return text == null ? null : LocalDateTime.parse(text.replace('T', ' '), READ).toInstant(ZoneOffset.UTC);
    }

    public static String format(Instant instant) {
        return instant == null ? null : WRITE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
