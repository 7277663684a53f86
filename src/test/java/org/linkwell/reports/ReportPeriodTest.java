package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void fiscalQuarters_startOnTheFirstOfAprilJulyOctoberJanuary() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)), ReportPeriod.fiscalQuarter(2026, 1));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), ReportPeriod.fiscalQuarter(2026, 2));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), ReportPeriod.fiscalQuarter(2026, 3));
        assertEquals(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), ReportPeriod.fiscalQuarter(2026, 4));
    }

    @Test
    void fiscalQuarter4_endsOnTheLeapDayBeforeApril() {
        assertEquals(LocalDate.of(2028, 3, 31), ReportPeriod.fiscalQuarter(2027, 4).to());
        assertEquals(LocalDate.of(2028, 2, 29), ReportPeriod.fiscalQuarter(2027, 4).months().get(1).atEndOfMonth());
    }

    @Test
    void parseFiscal_readsQuartersAndYears() {
        assertEquals(Optional.of(ReportPeriod.fiscalQuarter(2026, 1)), ReportPeriod.parseFiscal("2026-27:Q1"));
        assertEquals(Optional.of(ReportPeriod.fiscalQuarter(2026, 4)), ReportPeriod.parseFiscal(" 2026-27:q4 "));
        assertEquals(Optional.of(ReportPeriod.fiscalQuarter(2099, 2)), ReportPeriod.parseFiscal("2099-00:Q2"));
        assertEquals(Optional.of(ReportPeriod.fiscalYear(2026)), ReportPeriod.parseFiscal("2026-27"));
        assertEquals(Optional.empty(), ReportPeriod.parseFiscal("2026-28:Q1"));
        assertEquals(Optional.empty(), ReportPeriod.parseFiscal("2026-27:Q5"));
        assertEquals(Optional.empty(), ReportPeriod.parseFiscal("Q1 2026"));
    }

    @Test
    void boundaries_theLastDayOfMarchBelongsToThePreviousFiscalYear() {
        assertEquals(2025, ReportPeriod.fiscalYearOf(LocalDate.of(2026, 3, 31)));
        assertEquals(2026, ReportPeriod.fiscalYearOf(LocalDate.of(2026, 4, 1)));
        ReportPeriod q1 = ReportPeriod.fiscalQuarter(2026, 1);
        assertFalse(q1.contains(LocalDate.of(2026, 3, 31)));
        assertTrue(q1.contains(LocalDate.of(2026, 4, 1)));
        assertTrue(q1.contains(LocalDate.of(2026, 6, 30)));
        assertFalse(q1.contains(LocalDate.of(2026, 7, 1)));
        assertEquals("2026-27", ReportPeriod.fiscalYearName(2026));
        assertEquals("2099-00", ReportPeriod.fiscalYearName(2099));
    }

    @Test
    void period_refusesAnEndBeforeItsStart_andAllowsOneDay() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportPeriod(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)));
        assertEquals(1, new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)).months().size());
    }
}
