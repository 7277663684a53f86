package org.linkwell.surveys;

/** An outcomes summary's range (of follow-up dates, both days included) and group of clients. */
public record OutcomeQuery(java.time.LocalDate from, java.time.LocalDate to, ClientGroup group) {
}
