package org.linkwell.surveys;

/** The paired change of every measure with at least one client paired, in instrument order. */
public record OutcomesSummary(OutcomeQuery query, java.util.List<MeasureChange> measures) {
}
