package org.linkwell.security;

import java.time.Instant;
import java.util.Optional;

/** What happened when someone tried to sign in. Unknown names and wrong passwords look the same. */
public record SignInResult(Outcome outcome, Optional<SignedInUser> user, int attemptsLeft, Optional<Instant> lockedUntil) {
    public enum Outcome { SIGNED_IN, WRONG_NAME_OR_PASSWORD, LOCKED, INACTIVE }

    static SignInResult signedIn(SignedInUser user) {
        return new SignInResult(Outcome.SIGNED_IN, Optional.of(user), 0, Optional.empty());
    }

    static SignInResult wrong(int attemptsLeft) {
        return new SignInResult(Outcome.WRONG_NAME_OR_PASSWORD, Optional.empty(), attemptsLeft, Optional.empty());
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, Optional.empty(), 0, Optional.of(until));
    }

    static SignInResult inactive() {
        return new SignInResult(Outcome.INACTIVE, Optional.empty(), 0, Optional.empty());
    }
}
