package org.linkwell.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Working days for the made-up journeys: staff refer, call and visit from Monday to Friday. */
final class Days {
    private Days() {
    }

    /** The day itself, or the Monday after a weekend. */
    static LocalDate weekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY ? day.plusDays(2) : dow == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** The day itself, or the Friday before a weekend. */
    static LocalDate weekdayBefore(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY ? day.minusDays(1) : dow == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    /** A day from {@code from} to {@code to}, both included, each as likely. */
    static LocalDate between(Pick pick, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(pick.between(0, (int) ChronoUnit.DAYS.between(from, to)));
    }

    static long count(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
