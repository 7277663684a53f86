package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;

/** Date pickers write the language's short date and read back what a person types. */
class DatesTest {
    private static final LocalDate APRIL_FIRST = LocalDate.of(2026, 4, 1);

    @Test
    void pickerInFrench_writesTheCanadianShortDate_andReadsItBack() {
        StringConverter<LocalDate> french = Dates.converter(new Messages(Messages.FRENCH), () -> null);
        // Canadian French writes dates as année-mois-jour (CLDR fr-CA short style), not as jj/mm/aaaa.
        assertEquals("2026-04-01", french.toString(APRIL_FIRST));
        assertEquals(APRIL_FIRST, french.fromString(french.toString(APRIL_FIRST)));
        assertEquals(APRIL_FIRST, french.fromString(" 1 avr. 2026 "));
    }

    @Test
    void pickerInEnglish_readsItsOwnDate_theIsoDate_andTheMediumDate() {
        StringConverter<LocalDate> english = Dates.converter(new Messages(Messages.ENGLISH), () -> null);
        assertEquals(APRIL_FIRST, english.fromString(english.toString(APRIL_FIRST)));
        assertEquals(APRIL_FIRST, english.fromString("2026-04-01"));
        assertEquals(APRIL_FIRST, english.fromString("Apr. 1, 2026"));
    }

    @Test
    void textThatIsNotADate_keepsTheDateShown_andEmptyMeansNone() {
        LocalDate shown = LocalDate.of(2026, 6, 30);
        StringConverter<LocalDate> converter = Dates.converter(new Messages(Messages.FRENCH), () -> shown);
        assertEquals(shown, converter.fromString("30 février"));
        assertEquals(null, converter.fromString("  "));
        assertEquals("", converter.toString(null));
    }
}
