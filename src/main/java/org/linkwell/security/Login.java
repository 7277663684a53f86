package org.linkwell.security;

import java.time.Instant;
import java.util.Optional;
import org.linkwell.referrals.StaffMember;

/** A staff member's sign-in: never the password itself, only what the lock-out rule needs. */
public record Login(long id, int version, StaffMember staff, String username, int failedAttempts,
                    Optional<Instant> lockEndsAt, Optional<Instant> lastSignInAt, boolean active) {

    public boolean isLockedAt(Instant now) {
        return lockEndsAt.map(now::isBefore).orElse(false);
    }
}
