package org.linkwell.exchange;

import static org.linkwell.exchange.SpreadsheetField.DAYS;
import static org.linkwell.exchange.SpreadsheetField.END_TIME;
import static org.linkwell.exchange.SpreadsheetField.FREQUENCY;
import static org.linkwell.exchange.SpreadsheetField.MONTHS;
import static org.linkwell.exchange.SpreadsheetField.SCHEDULE_NOTE;
import static org.linkwell.exchange.SpreadsheetField.START_TIME;
import static org.linkwell.exchange.SpreadsheetField.VALID_FROM;
import static org.linkwell.exchange.SpreadsheetField.VALID_TO;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.linkwell.programs.Schedule;
import org.linkwell.programs.Schedule.Frequency;

/**
 * The schedule columns of a program row (days, frequency, start_time, end_time, months, valid_from, valid_to,
 * schedule_note). A row with several schedules separates them with "|" in each column; a column with a
 * single value gives it to every schedule.
 */
final class ScheduleCells {
    static final List<SpreadsheetField> FIELDS =
            List.of(DAYS, FREQUENCY, START_TIME, END_TIME, MONTHS, VALID_FROM, VALID_TO, SCHEDULE_NOTE);
    private static final String SEPARATOR = " | ";

    /** Receives a problem found in one of the schedule columns. */
    interface Problems {
        void add(SpreadsheetField field, InvalidCell problem);
    }

    private ScheduleCells() {
    }

    static List<Schedule> parse(Map<SpreadsheetField, String> cells, Problems problems) {
        String days = cells.getOrDefault(DAYS, "");
        if (days.isBlank()) {
            if (!cells.getOrDefault(START_TIME, "").isBlank() || !cells.getOrDefault(END_TIME, "").isBlank()) {
                problems.add(DAYS, new InvalidCell("import.days.missing"));
            }
            return List.of();
        }
        List<String> dayParts = Words.parts(days);
        Map<SpreadsheetField, List<String>> parts = new EnumMap<>(SpreadsheetField.class);
        for (SpreadsheetField field : FIELDS) {
            String cell = cells.getOrDefault(field, "");
            List<String> split = Words.parts(cell);
            if (split.size() != 1 && split.size() != dayParts.size()) {
                problems.add(field, new InvalidCell("import.schedule.parts", Integer.toString(split.size()),
                        Integer.toString(dayParts.size())));
                return List.of();
            }
            parts.put(field, split.size() == 1 ? Collections.nCopies(dayParts.size(), split.get(0)) : split);
        }
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < dayParts.size(); i++) {
            int part = i;
            schedules.addAll(one(field -> parts.get(field).get(part), problems));
        }
        return schedules;
    }

    /** One "|" part: a weekly schedule, or one monthly schedule per day named ("2nd Mon;4th Mon"). */
    private static List<Schedule> one(Function<SpreadsheetField, String> cell, Problems problems) {
        Counting counting = new Counting(problems);
        List<ScheduleWords.Day> days = read(DAYS, cell, counting, text -> {
            List<ScheduleWords.Day> list = new ArrayList<>();
            for (String item : Words.items(text)) {
                list.add(ScheduleWords.day(item));
            }
            return list;
        });
        ScheduleWords.Every every = read(FREQUENCY, cell, counting, ScheduleWords::every);
        LocalTime opens = read(START_TIME, cell, counting, ScheduleCells::requiredTime);
        LocalTime closes = read(END_TIME, cell, counting, ScheduleCells::requiredTime);
        Set<Month> months = read(MONTHS, cell, counting, ScheduleWords::months);
        Optional<LocalDate> from = read(VALID_FROM, cell, counting, Cells::date);
        Optional<LocalDate> to = read(VALID_TO, cell, counting, Cells::date);
        if (counting.count > 0) {
            return List.of();
        }
        if (!closes.isAfter(opens)) {
            problems.add(END_TIME, new InvalidCell("import.time.order"));
            return List.of();
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(VALID_TO, new InvalidCell("import.schedule.dates"));
            return List.of();
        }
        boolean monthly = days.stream().anyMatch(day -> day.week() != 0);
        if (monthly && days.stream().anyMatch(day -> day.week() == 0)) {
            problems.add(DAYS, new InvalidCell("import.days.mixed", cell.apply(DAYS)));
            return List.of();
        }
        Frequency frequency = every.kind().orElse(monthly ? Frequency.MONTHLY : Frequency.WEEKLY);
        if (monthly != (frequency == Frequency.MONTHLY)) {
            problems.add(monthly ? FREQUENCY : DAYS, new InvalidCell("import.days.whichWeek"));
            return List.of();
        }
        String note = cell.apply(SCHEDULE_NOTE);
        if (!monthly) {
            List<DayOfWeek> weekdays = days.stream().map(ScheduleWords.Day::day).distinct().toList();
            return List.of(new Schedule(frequency, every.interval(), weekdays, 0, opens, closes, months, from, to,
                    note));
        }
        return days.stream().map(day -> new Schedule(frequency, every.interval(), List.of(day.day()), day.week(),
                opens, closes, months, from, to, note)).toList();
    }

    private static LocalTime requiredTime(String text) throws InvalidCell {
        if (text.isBlank()) {
            throw new InvalidCell("import.time.missing");
        }
        return Cells.time(text);
    }

    private static <T> T read(SpreadsheetField field, Function<SpreadsheetField, String> cell, Problems problems,
                              InvalidCell.Parser<T> parser) {
        try {
            return parser.parse(cell.apply(field));
        } catch (InvalidCell e) {
            problems.add(field, e);
            return null;
        }
    }

    /** The schedule columns for these schedules, in the form {@link #parse} reads back. */
    static Map<SpreadsheetField, String> format(List<Schedule> schedules) {
        Map<SpreadsheetField, String> cells = new EnumMap<>(SpreadsheetField.class);
        cells.put(DAYS, join(schedules, ScheduleWords::days, false));
        cells.put(FREQUENCY, join(schedules, ScheduleWords::every, true));
        cells.put(START_TIME, join(schedules, s -> s.opensAt().toString(), true));
        cells.put(END_TIME, join(schedules, s -> s.closesAt().toString(), true));
        cells.put(MONTHS, join(schedules, s -> ScheduleWords.season(s.months()), true));
        cells.put(VALID_FROM, join(schedules, s -> s.validFrom().map(LocalDate::toString).orElse(""), true));
        cells.put(VALID_TO, join(schedules, s -> s.validTo().map(LocalDate::toString).orElse(""), true));
        cells.put(SCHEDULE_NOTE, join(schedules, Schedule::note, true));
        return cells;
    }

    private static String join(List<Schedule> schedules, Function<Schedule, String> part, boolean sharedOnce) {
        List<String> parts = schedules.stream().map(part).toList();
        if (sharedOnce && parts.stream().distinct().count() == 1) {
            return parts.get(0);
        }
        return String.join(SEPARATOR, parts);
    }

    /** Counts the problems of one part while passing them on. */
    private static final class Counting implements Problems {
        private final Problems target;
        private int count;

        Counting(Problems target) {
            this.target = target;
        }

        @Override
        public void add(SpreadsheetField field, InvalidCell problem) {
            count++;
            target.add(field, problem);
        }
    }
}
