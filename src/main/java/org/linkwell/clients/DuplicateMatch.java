package org.linkwell.clients;

/** Another client who may be the same person, and why we think so. */
public record DuplicateMatch(ClientSummary other, Reason reason) {
    public enum Reason { CHART_NUMBER, NAME_AND_BIRTH_DATE, PHONE }
}
