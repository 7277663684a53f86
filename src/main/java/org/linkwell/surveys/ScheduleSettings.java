package org.linkwell.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When follow-ups fall (months after the referral was accepted; the baseline is due on acceptance) and which
 * instruments a scheduled survey holds. Kept as settings in the data file.
 */
public record ScheduleSettings(List<Integer> followUpMonths, List<String> instrumentIds) {
    public static final String MONTHS_KEY = "surveys.schedule.months";
    public static final String INSTRUMENTS_KEY = "surveys.schedule.instruments";
    public static final int MAX_MONTHS = 36;
    public static final ScheduleSettings DEFAULT = new ScheduleSettings(List.of(3, 6),
            List.of("ons4", "ucla3", "belonging", "self-rated-health"));

    public ScheduleSettings {
        followUpMonths = List.copyOf(followUpMonths);
        instrumentIds = List.copyOf(instrumentIds);
    }

    /** "3, 6" → [3, 6]; empty when the text is not a rising list of whole months from 1 to 36. */
    public static Optional<List<Integer>> parseMonths(String text) {
        List<Integer> months = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int month;
            try {
                month = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (month < 1 || month > MAX_MONTHS || !months.isEmpty() && month <= months.get(months.size() - 1)) {
                return Optional.empty();
            }
            months.add(month);
        }
        return months.isEmpty() ? Optional.empty() : Optional.of(months);
    }

    public String monthsText() {
        return followUpMonths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The follow-up number's months after acceptance (follow-up 1 is the first). */
    public int monthsOf(int followUp) {
        return followUpMonths.get(followUp - 1);
    }
}
