package org.linkwell.reports;

import org.linkwell.clients.EquityQuestion;

/** Clients who gave this answer to this equity question. */
public record EquityGroup(EquityQuestion question, String answer) {
    public EquityGroup {
        if (!question.answers().contains(answer)) {
            throw new IllegalArgumentException(answer + " is not an answer to " + question);
        }
    }
}
