package org.linkwell.lockbox;

import java.time.Instant;
import java.util.Optional;

/**
 * A client's wish that part of their record be withheld: from everyone (no staff member named) or from one
 * named staff member. Withdrawing keeps the directive, with who withdrew it and when.
 */
public record Directive(long id, int version, long clientId, RecordPart part, Optional<Long> fromStaffId,
                        String recordedBy, Instant recordedAt, Optional<Instant> withdrawnAt, String withdrawnBy) {

    public boolean isActive() {
        return withdrawnAt.isEmpty();
    }

    /** Whether this directive, while active, hides its part from this staff member (empty: no one signed in). */
    public boolean appliesTo(Optional<Long> viewerStaffId) {
        return fromStaffId.isEmpty() || fromStaffId.equals(viewerStaffId);
    }
}
