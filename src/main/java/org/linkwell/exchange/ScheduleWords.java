package org.linkwell.exchange;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linkwell.programs.Schedule;
import org.linkwell.programs.Schedule.Frequency;

/** Days, weeks of the month, frequencies and seasons, in English or French, read and written. */
final class ScheduleWords {
    /** A day a program meets: {@code week} 0 every week, 1-5 the n-th of the month, -1 the last. */
    record Day(DayOfWeek day, int week) {
    }

    /** How often: the kind when the text says it, and every how many weeks or months. */
    record Every(Optional<Frequency> kind, int interval) {
    }

    private static final Map<String, DayOfWeek> DAYS = days();
    private static final Map<String, Integer> WEEKS = weeks();
    private static final Map<String, Month> MONTHS = months();
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "un", 1, "une", 1, "two", 2, "deux", 2,
            "other", 2, "three", 3, "trois", 3, "four", 4, "quatre", 4);
    private static final Pattern RFC_DAY = Pattern.compile("(-?[1-5])([a-z]{2})");
    private static final Pattern EVERY = Pattern.compile(
            "(?:every|toutes les|tous les|aux|chaque) (\\w+) (weeks?|semaines?|months?|mois)");
    private static final String[] ORDINALS = {"last", "", "1st", "2nd", "3rd", "4th", "5th"};

    private ScheduleWords() {
    }

    /** "Tue", "mardi", "2nd Mon", "dernier vendredi", "-1FR". */
    static Day day(String text) throws InvalidCell {
        String folded = Words.fold(text).replaceFirst("^(the|le|la) ", "");
        Matcher rfc = RFC_DAY.matcher(folded);
        if (rfc.matches() && DAYS.containsKey(rfc.group(2))) {
            return new Day(DAYS.get(rfc.group(2)), Integer.parseInt(rfc.group(1)));
        }
        String[] words = folded.split(" ");
        if (words.length == 1) {
            return new Day(dayOfWeek(words[0], text), 0);
        }
        Integer week = words.length == 2 ? WEEKS.get(words[0]) : null;
        if (week == null) {
            throw new InvalidCell("import.days", text);
        }
        return new Day(dayOfWeek(words[1], text), week);
    }

    private static DayOfWeek dayOfWeek(String word, String text) throws InvalidCell {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        DayOfWeek day = DAYS.get(bare);
        if (day == null && bare.endsWith("s")) {
            day = DAYS.get(bare.substring(0, bare.length() - 1));
        }
        if (day == null) {
            throw new InvalidCell("import.days", text);
        }
        return day;
    }

    static Every every(String text) throws InvalidCell {
        String folded = Words.fold(text);
        switch (folded) {
            case "" : return new Every(Optional.empty(), 1);
            case "weekly", "hebdomadaire", "every week", "each week", "chaque semaine", "toutes les semaines",
                    "once a week", "une fois par semaine":
                return new Every(Optional.of(Frequency.WEEKLY), 1);
            case "biweekly", "bi-weekly", "fortnightly", "every other week", "aux deux semaines",
                    "toutes les deux semaines":
                return new Every(Optional.of(Frequency.WEEKLY), 2);
            case "monthly", "mensuel", "mensuelle", "every month", "each month", "chaque mois", "tous les mois",
                    "once a month", "une fois par mois":
                return new Every(Optional.of(Frequency.MONTHLY), 1);
            default:
                break;
        }
        Matcher m = EVERY.matcher(folded);
        if (m.matches()) {
            Integer n = m.group(1).matches("\\d{1,2}") ? Integer.valueOf(m.group(1)) : NUMBERS.get(m.group(1));
            if (n != null && n >= 1) {
                boolean weeks = m.group(2).startsWith("week") || m.group(2).startsWith("semaine");
                return new Every(Optional.of(weeks ? Frequency.WEEKLY : Frequency.MONTHLY), n);
            }
        }
        throw new InvalidCell("import.frequency", text);
    }

    /** "Sep-Jun", "sept-juin", "Jul;Aug", "9-6"; the months a season covers, wrapping past December. */
    static Set<Month> months(String text) throws InvalidCell {
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (String item : Words.items(Words.fold(text))) {
            String[] ends = item.split("\\s*(?:-|\u2013|\u2014| to | a | au )\\s*");
            if (ends.length > 2) {
                throw new InvalidCell("import.months", text);
            }
            Month from = month(ends[0], text);
            Month to = ends.length == 2 ? month(ends[1], text) : from;
            for (Month m = from; ; m = m.plus(1)) {
                months.add(m);
                if (m == to) {
                    break;
                }
            }
        }
        return months;
    }

    private static Month month(String word, String text) throws InvalidCell {
        String bare = word.strip().replaceAll("\\.$", "");
        Month month = MONTHS.get(bare);
        if (month == null) {
            throw new InvalidCell("import.months", text);
        }
        return month;
    }

    /** "Tue;Thu" for a weekly schedule, "2nd Mon" or "last Fri" for a monthly one. */
    static String days(Schedule schedule) {
        StringJoiner joined = new StringJoiner(";");
        for (DayOfWeek day : schedule.days()) {
            String name = shortName(day.name());
            joined.add(schedule.frequency() == Frequency.MONTHLY
                    ? ORDINALS[schedule.weekOfMonth() + 1] + " " + name : name);
        }
        return joined.toString();
    }

    static String every(Schedule schedule) {
        boolean weekly = schedule.frequency() == Frequency.WEEKLY;
        if (schedule.interval() == 1) {
            return weekly ? "weekly" : "monthly";
        }
        return "every " + schedule.interval() + (weekly ? " weeks" : " months");
    }

    /** "Sep-Jun", "Jan-Mar;Jul", "Jan-Dec" for all twelve; "" when the schedule runs all year. */
    static String season(Set<Month> months) {
        if (months.isEmpty()) {
            return "";
        }
        if (months.size() == 12) {
            return "Jan-Dec";
        }
        StringJoiner runs = new StringJoiner(";");
        for (Month start : Month.values()) {
            if (months.contains(start) && !months.contains(start.minus(1))) {
                Month end = start;
                while (months.contains(end.plus(1))) {
                    end = end.plus(1);
                }
                runs.add(end == start ? shortName(start.name()) : shortName(start.name()) + "-" + shortName(end.name()));
            }
        }
        return runs.toString();
    }

    private static String shortName(String constant) {
        return constant.charAt(0) + constant.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> map = new HashMap<>();
        put(map, DayOfWeek.MONDAY, "monday", "mon", "mo", "lundi", "lun", "lu");
        put(map, DayOfWeek.TUESDAY, "tuesday", "tue", "tues", "tu", "mardi", "mar", "ma");
        put(map, DayOfWeek.WEDNESDAY, "wednesday", "wed", "we", "mercredi", "mer", "me");
        put(map, DayOfWeek.THURSDAY, "thursday", "thu", "thur", "thurs", "th", "jeudi", "jeu", "je");
        put(map, DayOfWeek.FRIDAY, "friday", "fri", "fr", "vendredi", "ven", "ve");
        put(map, DayOfWeek.SATURDAY, "saturday", "sat", "sa", "samedi", "sam");
        put(map, DayOfWeek.SUNDAY, "sunday", "sun", "su", "dimanche", "dim", "di");
        return Map.copyOf(map);
    }

    private static Map<String, Integer> weeks() {
        Map<String, Integer> map = new HashMap<>();
        put(map, 1, "1", "1st", "first", "1er", "1re", "premier", "premiere");
        put(map, 2, "2", "2nd", "second", "2e", "2eme", "deuxieme");
        put(map, 3, "3", "3rd", "third", "3e", "3eme", "troisieme");
        put(map, 4, "4", "4th", "fourth", "4e", "4eme", "quatrieme");
        put(map, 5, "5", "5th", "fifth", "5e", "5eme", "cinquieme");
        put(map, -1, "-1", "last", "dernier", "derniere");
        return Map.copyOf(map);
    }

    private static Map<String, Month> months() {
        Map<String, Month> map = new HashMap<>();
        String[][] names = {{"january", "jan", "janvier", "janv"}, {"february", "feb", "fevrier", "fevr", "fev"},
            {"march", "mar", "mars"}, {"april", "apr", "avril", "avr"}, {"may", "mai"}, {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"}, {"august", "aug", "aout"}, {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"}, {"november", "nov", "novembre"}, {"december", "dec", "decembre"}};
        for (Month month : Month.values()) {
            put(map, month, names[month.ordinal()]);
            map.put(Integer.toString(month.getValue()), month);
        }
        return Map.copyOf(map);
    }

    private static <V> void put(Map<String, V> map, V value, String... keys) {
        for (String key : keys) {
            map.put(key, value);
        }
    }
}
