package org.linkwell.surveys;

/** A score at one moment. */
public record ScorePoint(java.time.LocalDate on, double value) {
}
