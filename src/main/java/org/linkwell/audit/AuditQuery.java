package org.linkwell.audit;

import java.time.LocalDate;

/** The three questions the audit viewer answers, each one exportable whole. */
public sealed interface AuditQuery {

    /** Who viewed or changed this client's record. */
    record ByClient(long clientId) implements AuditQuery {
    }

    /** What this person (by the name the log holds) did from one day to another, both included. */
    record ByActor(String actor, LocalDate from, LocalDate to) implements AuditQuery {
    }

    /** A random sample of accesses to client records in a period; the same seed gives the same sample. */
    record Sample(LocalDate from, LocalDate to, int size, long seed) implements AuditQuery {
    }
}
