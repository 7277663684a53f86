package org.linkwell.sampledata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers of one synthetic client from one latent "distress" level (0 ≈ a typical referred client, higher is
 * worse; in standard deviations), each item with noise of its own, so scores move together the way real ones
 * do: loneliness and anxiety up with distress, wellbeing, belonging and self-rated health down.
 */
final class SurveyAnswerMaker {
    private static final List<String> WHEEL = List.of("health", "family", "friends-community", "money", "work-purpose",
            "home", "fun", "growth", "culture-spirituality");
    private static final double[] WHEEL_OFFSET = {-0.4, 0.8, -0.6, -1.0, -0.3, 0.4, -0.2, 0.1, 0.6};

    private SurveyAnswerMaker() {
    }

    /** answers for {@code instrument} at distress {@code level}; on paper, now and then an item is left blank. */
    static Map<String, Integer> answers(Pick pick, String instrument, double level, boolean paper) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        switch (instrument) {
            case "ons4" -> {
                answers.put("satisfaction", scale(pick, 5.3 - 1.6 * level, 1.2, 0, 10));
                answers.put("worthwhile", scale(pick, 5.9 - 1.4 * level, 1.2, 0, 10));
                answers.put("happy", scale(pick, 5.5 - 1.6 * level, 1.4, 0, 10));
                answers.put("anxious", scale(pick, 4.6 + 1.6 * level, 1.5, 0, 10));
            }
            case "ucla3" -> {
                for (String item : List.of("companionship", "left-out", "isolated")) {
                    answers.put(item, scale(pick, 2.0 + 0.55 * level, 0.45, 1, 3));
                }
            }
            case "loneliness-direct" -> answers.put("lonely", scale(pick, 3.1 + 0.9 * level, 0.7, 1, 5));
            case "belonging" -> answers.put("belonging", scale(pick, 2.3 - 0.55 * level, 0.6, 1, 4));
            case "self-rated-health" -> {
                answers.put("general", scale(pick, 2.9 - 0.4 * level, 0.8, 1, 5));
                answers.put("mental", scale(pick, 2.6 - 0.45 * level, 0.7, 1, 5));
            }
            case "wheel-of-life" -> {
                for (int i = 0; i < WHEEL.size(); i++) {
                    answers.put(WHEEL.get(i), scale(pick, 5.2 - 1.3 * level + WHEEL_OFFSET[i], 1.5, 0, 10));
                }
            }
            case "health-system-use" -> {
                answers.put("chc-visits", scale(pick, 4.5 + 1.5 * level, 2.0, 0, 99));
                answers.put("er-visits", scale(pick, 0.5 + 0.5 * level, 0.7, 0, 99));
            }
            case "prescriber-survey" -> {
                answers.put("useful", scale(pick, 4.0 - 0.5 * level, 0.7, 1, 5));
                answers.put("fewer-visits", scale(pick, 3.5 - 0.5 * level, 0.8, 1, 5));
                answers.put("confidence", scale(pick, 4.0, 0.7, 1, 5));
            }
            default -> throw new IllegalArgumentException("no sample answers for " + instrument);
        }
        if (paper && answers.size() > 1 && pick.chance(0.05)) {
            answers.remove(pick.one(List.copyOf(answers.keySet())));
        }
        return answers;
    }

    private static int scale(Pick pick, double mean, double spread, int low, int high) {
        long value = Math.round(mean + spread * pick.normal());
        return (int) Math.max(low, Math.min(high, value));
    }
}
