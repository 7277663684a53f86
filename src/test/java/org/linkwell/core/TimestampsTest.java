package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Instants stored as fixed-width UTC text: written so they sort as strings, read in every form SQLite leaves. */
class TimestampsTest {
    @Test
    void writesFixedWidthUtcText_withMilliseconds() {
        assertEquals("2026-04-01 09:05:07.000", Timestamps.format(Instant.parse("2026-04-01T09:05:07Z")));
        assertEquals("0987-12-31 23:59:59.120", Timestamps.format(Instant.parse("0987-12-31T23:59:59.120999Z")));
        assertEquals(null, Timestamps.format(null));
    }

    @Test
    void readsWhatItWrites() {
        for (String text : new String[] {"2026-04-01T09:05:07Z", "1999-12-31T23:59:59.999Z", "2027-01-01T00:00:00.001Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(instant, Timestamps.parse(Timestamps.format(instant)));
        }
    }

    @Test
    void readsSqliteCurrentTimestamp_andTheIsoSeparator_andLongerFractions() {
        assertEquals(Instant.parse("2026-04-01T09:05:07Z"), Timestamps.parse("2026-04-01 09:05:07"));
        assertEquals(Instant.parse("2026-04-01T09:05:07.250Z"), Timestamps.parse("2026-04-01T09:05:07.250"));
        assertEquals(Instant.parse("2026-04-01T09:05:07.123456Z"), Timestamps.parse("2026-04-01 09:05:07.123456"));
        assertEquals(null, Timestamps.parse(null));
    }

    @Test
    void refusesWhatIsNotATimestamp() {
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-04-01 9:05:07.000x"));
        assertThrows(java.time.DateTimeException.class, () -> Timestamps.parse("2026-13-01 09:05:07.000"));
    }
}
