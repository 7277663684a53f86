package org.linkwell.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One client's history of one measure (oldest first), with baseline (first) and latest. */
public record ClientMeasure(String instrumentId, String measureId, Map<String, String> label,
        boolean higherIsBetter, List<ScorePoint> history) {

    public ClientMeasure {
        label = Map.copyOf(label);
        history = List.copyOf(history);
    }

    /** Better, the same or worse, read in the measure's better direction. */
    public enum Direction { BETTER, SAME, WORSE, NOT_YET;
        public String messageKey() {
            return "survey.change." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** From the baseline to the latest score; NOT_YET while there is only one score. */
    public record Change(double from, double to, double difference, Direction direction) {
    }

    public Optional<ScorePoint> baseline() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
    }

    public Optional<ScorePoint> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    public Change change() {
        double from = baseline().map(ScorePoint::value).orElse(Double.NaN);
        double to = latest().map(ScorePoint::value).orElse(Double.NaN);
        if (history.size() < 2) {
            return new Change(from, to, 0, Direction.NOT_YET);
        }
        return new Change(from, to, to - from, direction(to - from, higherIsBetter));
    }

    static Direction direction(double difference, boolean higherIsBetter) {
        if (Math.abs(difference) < PairedChange.SAME_WITHIN) {
            return Direction.SAME;
        }
        return difference > 0 == higherIsBetter ? Direction.BETTER : Direction.WORSE;
    }
}
