package org.linkwell.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report covers, both ends included. Ontario's fiscal year starts on 1 April, so fiscal
 * year "2026-27" runs from 2026-04-01 to 2027-03-31 and its Q1 is April to June 2026.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    private static final Pattern FISCAL_QUARTER = Pattern.compile("(\\d{4})-(\\d{2})(?::Q([1-4]))?");

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Fiscal year starting 1 April of {@code startYear}. */
    public static ReportPeriod fiscalYear(int startYear) {
        LocalDate start = LocalDate.of(startYear, Month.APRIL, 1);
        return new ReportPeriod(start, start.plusYears(1).minusDays(1));
    }

    /** Quarter 1 to 4 of the fiscal year starting 1 April of {@code startYear}. */
    public static ReportPeriod fiscalQuarter(int startYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a fiscal quarter is 1 to 4, not " + quarter);
        }
        LocalDate start = LocalDate.of(startYear, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /** "2026-27:Q1" (a quarter) or "2026-27" (the whole fiscal year); empty when the text is neither. */
    public static Optional<ReportPeriod> parseFiscal(String text) {
        Matcher m = FISCAL_QUARTER.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(m.group(3) == null ? fiscalYear(start) : fiscalQuarter(start, Integer.parseInt(m.group(3))));
    }

    /** The fiscal year (by its start year) that a day falls in. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** "2026-27". */
    public static String fiscalYearName(int startYear) {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Every calendar month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
