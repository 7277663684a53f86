package org.linkwell.programs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a program meets, after RFC 5545 (as Open Referral HSDS does): every {@code interval} weeks on
 * {@code days}, or every {@code interval} months on the n-th (or last, -1) {@code days[0]} of the month;
 * only in {@code months} (all year when empty) and between {@code validFrom} and {@code validTo}.
 */
public record Schedule(Frequency frequency, int interval, List<DayOfWeek> days, int weekOfMonth,
                       LocalTime opensAt, LocalTime closesAt, Set<Month> months,
                       Optional<LocalDate> validFrom, Optional<LocalDate> validTo, String note) {

    public enum Frequency { WEEKLY, MONTHLY }

    /** One meeting of a program. */
    public record Session(LocalDate date, LocalTime opensAt, LocalTime closesAt) implements Comparable<Session> {
        @Override
        public int compareTo(Session other) {
            return LocalDateTime.of(date, opensAt).compareTo(LocalDateTime.of(other.date, other.opensAt));
        }
    }

    /** Weekly rules count their weeks from here when no start date is given. */
    private static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2024, 1, 1);
    private static final int SEARCH_DAYS = 2 * 366;

    public Schedule {
        days = List.copyOf(days);
        months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
        if (frequency == Frequency.MONTHLY && (days.size() != 1 || weekOfMonth == 0 || weekOfMonth < -1 || weekOfMonth > 5)) {
            throw new IllegalArgumentException("a monthly schedule needs one day and its week of the month (1-5 or -1)");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a session must end after it starts");
        }
    }

    public static Schedule weekly(List<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt) {
        return new Schedule(Frequency.WEEKLY, 1, days, 0, opensAt, closesAt, Set.of(), Optional.empty(),
                Optional.empty(), "");
    }

    /** The next {@code count} sessions on or after {@code from}, in order. */
    public List<Session> nextSessions(LocalDate from, int count) {
        List<Session> sessions = new ArrayList<>();
        LocalDate date = validFrom.filter(start -> start.isAfter(from)).orElse(from);
        for (int i = 0; i < SEARCH_DAYS && sessions.size() < count; i++, date = date.plusDays(1)) {
            if (validTo.isPresent() && date.isAfter(validTo.get())) {
                break;
            }
            if (meetsOn(date)) {
                sessions.add(new Session(date, opensAt, closesAt));
            }
        }
        return sessions;
    }

    public boolean meetsOn(LocalDate date) {
        if (!months.isEmpty() && !months.contains(date.getMonth())) {
            return false;
        }
        if (!days.contains(date.getDayOfWeek())) {
            return false;
        }
        LocalDate anchor = validFrom.orElse(DEFAULT_ANCHOR);
        if (frequency == Frequency.WEEKLY) {
            long weeks = ChronoUnit.WEEKS.between(anchor.with(DayOfWeek.MONDAY), date.with(DayOfWeek.MONDAY));
            return Math.floorMod(weeks, interval) == 0;
        }
        long monthsApart = ChronoUnit.MONTHS.between(anchor.withDayOfMonth(1), date.withDayOfMonth(1));
        if (Math.floorMod(monthsApart, interval) != 0) {
            return false;
        }
        LocalDate target = weekOfMonth == -1
                ? date.with(TemporalAdjusters.lastInMonth(days.get(0)))
                : date.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, days.get(0)));
        return target.equals(date);
    }

    /** RFC 5545 BYDAY: "TU,TH" for weekly rules, "2MO" or "-1FR" for monthly ones. */
    public String byday() {
        String codes = days.stream().map(Schedule::dayCode).collect(Collectors.joining(","));
        return frequency == Frequency.MONTHLY ? weekOfMonth + codes : codes;
    }

    /** RFC 5545 BYMONTH: "9,10,11,12,1,2,3,4,5,6", or empty for all year. */
    public String bymonth() {
        return months.stream().sorted().map(month -> Integer.toString(month.getValue())).collect(Collectors.joining(","));
    }

    /** Rebuilds a schedule from its stored RFC 5545 parts. */
    public static Schedule fromRule(String freq, int interval, String byday, String bymonth, LocalTime opensAt,
                                    LocalTime closesAt, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
                                    String note) {
        Frequency frequency = Frequency.valueOf(freq.strip().toUpperCase(Locale.ROOT));
        List<DayOfWeek> days = new ArrayList<>();
        int week = 0;
        for (String part : byday.split(",")) {
            String token = part.strip().toUpperCase(Locale.ROOT);
            if (token.length() > 2) {
                week = Integer.parseInt(token.substring(0, token.length() - 2));
            }
            days.add(dayOf(token.substring(token.length() - 2)));
        }
        Set<Month> months = EnumSet.noneOf(Month.class);
        if (bymonth != null && !bymonth.isBlank()) {
            Arrays.stream(bymonth.split(",")).map(String::strip).map(Integer::parseInt).map(Month::of).forEach(months::add);
        }
        return new Schedule(frequency, interval, days, frequency == Frequency.MONTHLY ? week : 0, opensAt, closesAt,
                months, validFrom, validTo, note == null ? "" : note);
    }

    public static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    public static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (dayCode(day).equalsIgnoreCase(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day code: " + code);
    }
}
