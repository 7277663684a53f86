package org.linkwell.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One survey for one client at one timepoint (0 = baseline, n = follow-up n). A declined or could-not-reach
 * survey is recorded as such, with no answers. answers: item id → value; scores by the stored version's rules.
 */
public record SurveyResponse(long id, long clientId, String instrumentId, int instrumentVersion, int timepoint,
                             LocalDate administeredOn, Mode mode, Status status, String enteredBy,
                             Map<String, Integer> answers, List<Score> scores) {

    public SurveyResponse {
        answers = Map.copyOf(answers);
        scores = List.copyOf(scores);
    }

    public static final int BASELINE = 0;

    public enum Mode { ON_SCREEN, PAPER, PHONE;
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Mode fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        public String messageKey() {
            return "survey.mode." + code();
        }
    }

    public enum Status { COMPLETED, DECLINED, UNREACHABLE;
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }

        public String messageKey() {
            return "survey.status." + code();
        }
    }

    public boolean isBaseline() {
        return timepoint == BASELINE;
    }

    public java.util.Optional<Double> score(String measureId) {
        return scores.stream().filter(s -> s.measureId().equals(measureId)).findFirst().flatMap(Score::value);
    }

    /** A response to be saved: answers given; scores are computed by the service. */
    public static SurveyResponse draft(long clientId, String instrumentId, int instrumentVersion, int timepoint,
                                       LocalDate on, Mode mode, Status status, Map<String, Integer> answers) {
        return new SurveyResponse(0, clientId, instrumentId, instrumentVersion, timepoint, on, mode, status, "",
                answers, List.of());
    }
}
