package org.linkwell.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the audit log as a reviewer reads it: when, who (their name when they have a login), what they did,
 * to which part of whose record, and whether it was a look past a lockbox ("break the glass").
 */
public record AuditEntry(long id, Instant at, String actor, Optional<String> staffName, String action, String table,
                         long recordId, boolean breakGlass, Optional<Long> clientId, String clientLabel) {

    /** "Ana Lopez (alopez)", or the bare name the log holds (e.g. "local" before anyone signed in). */
    public String who() {
        return staffName.map(name -> name + " (" + actor + ")").orElse(actor);
    }
}
