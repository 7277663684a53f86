package org.linkwell.programs.ui;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linkwell.core.Messages;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.Schedule;

/** Program facts in the user's language: "Every Tuesday, 10:00–11:30, September to June". */
public final class ProgramTexts {
    private final Messages messages;

    public ProgramTexts(Messages messages) {
        this.messages = messages;
    }

    public String schedule(Schedule s) {
        Locale locale = messages.locale();
        String days = joinWithAnd(s.days().stream().map(this::dayName).toList());
        String when;
        if (s.frequency() == Schedule.Frequency.WEEKLY) {
            when = s.interval() == 1 ? messages.get("schedule.weekly", days)
                    : messages.get("schedule.everyNWeeks", s.interval(), days);
        } else {
            String week = messages.get("schedule.week." + s.weekOfMonth());
            when = s.interval() == 1 ? messages.get("schedule.monthly", week, days)
                    : messages.get("schedule.everyNMonths", week, days, s.interval());
        }
        StringBuilder text = new StringBuilder(when).append(", ").append(time(s));
        season(s).ifPresent(season -> text.append(", ").append(season));
        if (!s.note().isBlank()) {
            text.append(" (").append(s.note()).append(')');
        }
        return text.toString().substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    public String time(Schedule s) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("H:mm", messages.locale());
        return messages.get("schedule.time", format.format(s.opensAt()), format.format(s.closesAt()));
    }

    /** "September to June" when the months form one season; the months listed otherwise. */
    private java.util.Optional<String> season(Schedule s) {
        if (s.months().isEmpty() || s.months().size() == 12) {
            return java.util.Optional.empty();
        }
        List<Month> months = new ArrayList<>(s.months());
        months.sort(null);
        Month start = months.stream().filter(m -> !s.months().contains(m.minus(1))).findFirst().orElse(months.get(0));
        Month end = start;
        while (s.months().contains(end.plus(1)) && end.plus(1) != start) {
            end = end.plus(1);
        }
        int length = (end.getValue() - start.getValue() + 12) % 12 + 1;
        if (length == s.months().size()) {
            return java.util.Optional.of(messages.get("schedule.months", monthName(start), monthName(end)));
        }
        return java.util.Optional.of(months.stream().map(this::monthName).collect(Collectors.joining(", ")));
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, messages.locale());
    }

    public String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, messages.locale());
    }

    public String cost(Program.Cost cost) {
        String base = switch (cost.kind()) {
            case FREE -> messages.get("costKind.free");
            case FEE -> messages.get("programs.cost.fee", money(cost.cents().orElse(0)));
            case SLIDING_SCALE -> cost.cents().isPresent()
                    ? messages.get("programs.cost.slidingUpTo", money(cost.cents().getAsInt()))
                    : messages.get("programs.cost.sliding");
        };
        return cost.subsidyAvailable() && cost.kind() != CostKind.FREE
                ? base + " (" + messages.get("programs.cost.subsidy") + ")" : base;
    }

    public String money(int cents) {
        return NumberFormat.getCurrencyInstance(messages.locale()).format(cents / 100.0);
    }

    public String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(messages.locale());
        return name.isBlank() ? code : name.substring(0, 1).toUpperCase(messages.locale()) + name.substring(1);
    }

    public String languages(java.util.Collection<String> codes) {
        return codes.stream().sorted(this::languageOrder).map(this::language).collect(Collectors.joining(", "));
    }

    /** English and French first, then the others by name. */
    private int languageOrder(String a, String b) {
        int rankA = "en".equals(a) ? 0 : "fr".equals(a) ? 1 : 2;
        int rankB = "en".equals(b) ? 0 : "fr".equals(b) ? 1 : 2;
        return rankA != rankB ? Integer.compare(rankA, rankB) : language(a).compareTo(language(b));
    }

    public String ages(Program.Eligibility eligibility) {
        if (eligibility.minAge().isPresent() && eligibility.maxAge().isPresent()) {
            return messages.get("programs.ages.range", eligibility.minAge().getAsInt(), eligibility.maxAge().getAsInt());
        }
        if (eligibility.minAge().isPresent()) {
            return messages.get("programs.ages.min", eligibility.minAge().getAsInt());
        }
        return eligibility.maxAge().isPresent() ? messages.get("programs.ages.max", eligibility.maxAge().getAsInt()) : "";
    }

    private String joinWithAnd(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + messages.get("schedule.and") + " "
                + parts.get(parts.size() - 1);
    }
}
