package org.linkwell.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwell.surveys.InstrumentDefinition.Item;
import org.linkwell.surveys.InstrumentDefinition.Measure;

/**
 * Scores a response by its definition's rules: reverse items are turned round (min + max − answer), then each
 * measure is the sum, the mean or the single item; with missing answers a measure is scored only when at most
 * maxMissing of its items are missing, a sum then prorated (mean of the answered items × number of items).
 */
public final class Scoring {
    private Scoring() {
    }

    /** answers: item id → the value given; unanswered items are absent. */
    public static List<Score> score(InstrumentDefinition definition, Map<String, Integer> answers) {
        List<Score> scores = new ArrayList<>();
        for (Measure measure : definition.measures()) {
            scores.add(new Score(measure.id(), score(definition, measure, answers)));
        }
        return scores;
    }

    static Optional<Double> score(InstrumentDefinition definition, Measure measure, Map<String, Integer> answers) {
        double total = 0;
        int answered = 0;
        for (String itemId : measure.items()) {
            Integer answer = answers.get(itemId);
            if (answer == null) {
                continue;
            }
            Item item = definition.item(itemId).orElseThrow();
            total += item.reverse() ? item.minValue() + item.maxValue() - answer : answer;
            answered++;
        }
        int missing = measure.items().size() - answered;
        if (answered == 0 || missing > measure.maxMissing()) {
            return Optional.empty();
        }
        double mean = total / answered;
        return Optional.of(switch (measure.rule()) {
            case SUM -> missing == 0 ? total : mean * measure.items().size();
            case MEAN, ITEM -> mean;
        });
    }
}
