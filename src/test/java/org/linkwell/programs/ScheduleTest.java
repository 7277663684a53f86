package org.linkwell.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime HALF_ELEVEN = LocalTime.of(11, 30);

    @Test
    void tuesdaysSeptemberToJune_skipsTheSummer() {
        Schedule schedule = Schedule.fromRule("WEEKLY", 1, "TU", "9,10,11,12,1,2,3,4,5,6", TEN, HALF_ELEVEN,
                Optional.empty(), Optional.empty(), "");

        List<LocalDate> june = schedule.nextSessions(LocalDate.of(2026, 6, 20), 3).stream()
                .map(Schedule.Session::date).toList();

        // 2026-06-23 and 06-30 are the last Tuesdays of June; then the first Tuesday of September.
        assertEquals(List.of(LocalDate.of(2026, 6, 23), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 1)), june);
    }

    @Test
    void secondMondayOfTheMonth() {
        Schedule schedule = Schedule.fromRule("MONTHLY", 1, "2MO", "", TEN, HALF_ELEVEN, Optional.empty(),
                Optional.empty(), "");

        assertEquals(List.of(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 11)),
                schedule.nextSessions(LocalDate.of(2026, 11, 24), 2).stream().map(Schedule.Session::date).toList());
        assertEquals("2MO", schedule.byday());
    }

    @Test
    void everySecondWeek_countsFromItsStartDate_andStopsAtItsEnd() {
        Schedule schedule = new Schedule(Schedule.Frequency.WEEKLY, 2, List.of(DayOfWeek.THURSDAY), 0, TEN, HALF_ELEVEN,
                Set.of(), Optional.of(LocalDate.of(2026, 11, 5)), Optional.of(LocalDate.of(2026, 12, 10)), "");

        assertEquals(List.of(LocalDate.of(2026, 12, 3)),
                schedule.nextSessions(LocalDate.of(2026, 11, 24), 5).stream().map(Schedule.Session::date).toList());
    }

    @Test
    void storedFormRoundTrips() {
        Schedule schedule = new Schedule(Schedule.Frequency.WEEKLY, 1, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 0,
                TEN, HALF_ELEVEN, Set.of(Month.JANUARY, Month.SEPTEMBER), Optional.empty(), Optional.empty(), "Gym B");

        Schedule back = Schedule.fromRule("WEEKLY", 1, schedule.byday(), schedule.bymonth(), TEN, HALF_ELEVEN,
                Optional.empty(), Optional.empty(), "Gym B");

        assertEquals("MO,WE", schedule.byday());
        assertEquals("1,9", schedule.bymonth());
        assertEquals(schedule, back);
    }

    @Test
    void impossibleSchedules_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.weekly(List.of(DayOfWeek.MONDAY), HALF_ELEVEN, TEN));
        assertThrows(IllegalArgumentException.class, () -> Schedule.weekly(List.of(), TEN, HALF_ELEVEN));
    }
}
