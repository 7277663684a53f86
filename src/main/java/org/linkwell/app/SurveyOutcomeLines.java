package org.linkwell.app;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.linkwell.core.Messages;
import org.linkwell.printing.OutcomeLine;
import org.linkwell.printing.OutcomeLines;
import org.linkwell.surveys.ClientMeasure;
import org.linkwell.surveys.OutcomesService;
import org.linkwell.surveys.ScorePoint;

/** The letter to the prescriber's survey scores: each measure's baseline and latest, in the letter's language. */
final class SurveyOutcomeLines implements OutcomeLines {
    private final OutcomesService outcomes;

    SurveyOutcomeLines(OutcomesService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<OutcomeLine> forClient(long clientId, Locale locale) {
        Messages words = new Messages(locale);
        return outcomes.forClient(clientId).stream().filter(measure -> measure.baseline().isPresent())
                .map(measure -> line(measure, words, locale)).toList();
    }

    private static OutcomeLine line(ClientMeasure measure, Messages words, Locale locale) {
        String name = measure.label().getOrDefault(locale.getLanguage(), measure.label().getOrDefault("en", measure.measureId()));
        ClientMeasure.Change change = measure.change();
        String latest = change.direction() == ClientMeasure.Direction.NOT_YET ? ""
                : measure.latest().map(point -> score(point, locale)).orElse("");
        return new OutcomeLine(name, measure.baseline().map(point -> score(point, locale)).orElse(""), latest,
                words.get(change.direction().messageKey()));
    }

    private static String score(ScorePoint point, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(point.value());
    }
}
