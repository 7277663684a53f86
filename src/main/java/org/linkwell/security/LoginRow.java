package org.linkwell.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import org.linkwell.referrals.StaffMember;

/** A stored login as the repository reads it, password hash included; it never leaves this package. */
record LoginRow(long id, int version, long staffId, String username, String passwordHash, int failedAttempts,
                Optional<Instant> lockEndsAt, Optional<Instant> lastSignInAt, boolean active) {

    Login toLogin(LongFunction<StaffMember> staff) {
        return new Login(id, version, staff.apply(staffId), username, failedAttempts, lockEndsAt, lastSignInAt, active);
    }
}
