package org.linkwell.surveys;

import java.util.Optional;

/** One measure's score in one response; empty when too many of its items were left unanswered. */
public record Score(String measureId, Optional<Double> value) {
}
