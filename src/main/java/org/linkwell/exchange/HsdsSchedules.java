package org.linkwell.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linkwell.programs.Schedule;

/** Reads one HSDS schedule row (RFC 5545 parts) into a {@link Schedule}, or into problems naming its cells. */
final class HsdsSchedules {
    private static final Pattern BYDAY =
            Pattern.compile("(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)(,(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern BYMONTH = Pattern.compile(Hsds.BYMONTH + "((?:1[0-2]|[1-9])(?:,(?:1[0-2]|[1-9]))*)");

    private HsdsSchedules() {
    }

    static Optional<Schedule> read(HsdsRow row, List<ImportProblem> problems) {
        int before = problems.size();
        String byday = row.get("byday").toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (byday.isEmpty()) {
            problems.add(row.problem("byday", "import.required"));
        } else if (!BYDAY.matcher(byday).matches()) {
            problems.add(row.problem("byday", "import.hsds.byday", row.get("byday")));
        }
        String freq = row.get("freq").toUpperCase(java.util.Locale.ROOT);
        if (freq.isEmpty()) {
            freq = byday.matches(".*\\d.*") ? "MONTHLY" : "WEEKLY";
        } else if (!freq.equals("WEEKLY") && !freq.equals("MONTHLY")) {
            problems.add(row.problem("freq", "import.choice", row.get("freq"), "WEEKLY, MONTHLY"));
        }
        int interval = 1;
        try {
            OptionalInt given = Cells.wholeNumber(row.get("interval"));
            interval = given.orElse(1);
            if (interval < 1) {
                throw new InvalidCell("import.wholeNumber", row.get("interval"));
            }
        } catch (InvalidCell e) {
            problems.add(row.problem("interval", e));
        }
        LocalTime opens = time(row, "opens_at", problems);
        LocalTime closes = time(row, "closes_at", problems);
        Optional<LocalDate> from = date(row, "valid_from", "dtstart", problems);
        Optional<LocalDate> to = date(row, "valid_to", "until", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!closes.isAfter(opens)) {
            problems.add(row.problem("closes_at", "import.time.order"));
            return Optional.empty();
        }
        try {
            return Optional.of(Schedule.fromRule(freq, interval, byday, months(row), opens, closes, from, to,
                    row.get("notes")));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("byday", "import.hsds.byday", row.get("byday")));
            return Optional.empty();
        }
    }

    /** BYMONTH as Linkwell writes it into the description (or notes), e.g. "9,10,11,12,1,2,3,4,5,6"; else "". */
    private static String months(HsdsRow row) {
        Matcher m = BYMONTH.matcher(row.get("description").replace(" ", ""));
        if (!m.find()) {
            m = BYMONTH.matcher(row.get("notes").replace(" ", ""));
            if (!m.find()) {
                return "";
            }
        }
        return m.group(1);
    }

    /** "10:00", "09:30:00", "10:00-05:00" or "10:00Z": the local time as written (offsets are ignored). */
    private static LocalTime time(HsdsRow row, String field, List<ImportProblem> problems) {
        String text = row.get(field);
        Matcher m = TIME.matcher(text);
        if (text.isEmpty()) {
            problems.add(row.problem(field, "import.required"));
        } else if (m.matches() && Integer.parseInt(m.group(1)) < 24 && Integer.parseInt(m.group(2)) < 60
                && (m.group(3) == null || Integer.parseInt(m.group(3)) < 60)) {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } else {
            problems.add(row.problem(field, "import.hsds.time", text));
        }
        return LocalTime.MIDNIGHT;
    }

    private static Optional<LocalDate> date(HsdsRow row, String field, String fallback, List<ImportProblem> problems) {
        String used = row.get(field).isEmpty() ? fallback : field;
        return HsdsDates.date(row, used, problems);
    }
}
