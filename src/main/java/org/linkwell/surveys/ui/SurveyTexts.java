package org.linkwell.surveys.ui;

import java.util.Map;
import org.linkwell.core.Messages;
import org.linkwell.surveys.ClientMeasure;
import org.linkwell.surveys.DueSurvey;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.ScheduleSettings;

/** The words of the survey screens: timepoints, scores, changes, in the user's language. */
final class SurveyTexts {
    private final Messages messages;

    SurveyTexts(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String text(Map<String, String> texts) {
        return InstrumentDefinition.text(texts, messages.locale());
    }

    String name(InstrumentDefinition d) {
        return text(d.name());
    }

    String shortName(InstrumentDefinition d) {
        return text(d.shortName());
    }

    /** "Baseline", "Follow-up 1 (3 months)". */
    String timepoint(int timepoint, ScheduleSettings schedule) {
        if (timepoint == 0) {
            return messages.get("survey.timepoint.baseline");
        }
        return timepoint <= schedule.followUpMonths().size()
                ? messages.get("survey.timepoint.followUpMonths", timepoint, schedule.monthsOf(timepoint))
                : messages.get("survey.timepoint.followUp", timepoint);
    }

    /** 7 → "7", 5.666 → "5.7" (with the locale's decimal sign). */
    String score(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value == Math.rint(value) ? String.format(messages.locale(), "%d", (long) value)
                : String.format(messages.locale(), "%.1f", value);
    }

    String signed(double value) {
        return Double.isNaN(value) ? "–" : String.format(messages.locale(), "%+.2f", value).replace('-', '−');
    }

    /** "Loneliness (UCLA-3) 7 → 4, better". */
    String change(ClientMeasure measure) {
        ClientMeasure.Change change = measure.change();
        String label = text(measure.label());
        if (change.direction() == ClientMeasure.Direction.NOT_YET) {
            return messages.get("survey.change.only", label, score(change.to()));
        }
        return messages.get("survey.change.line", label, score(change.from()), score(change.to()),
                messages.get(change.direction().messageKey()));
    }

    /** "Baseline, due Nov. 24, 2026: UCLA-3, ONS4 (overdue)". */
    String due(DueSurvey due, ScheduleSettings schedule, java.util.function.Function<String, String> shortNames) {
        return messages.get("survey.due.line", timepoint(due.timepoint(), schedule), messages.date(due.dueOn()),
                String.join(", ", due.instrumentIds().stream().map(shortNames).toList()),
                messages.get(due.state().messageKey()));
    }
}
