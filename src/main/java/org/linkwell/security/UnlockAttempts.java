package org.linkwell.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed tries before an encrypted data file is open cannot be written into it, so they are counted here,
 * in memory, by the same rule as sign-in: five in a row lock that name (or the passphrase) for 15 minutes.
 */
public final class UnlockAttempts {
    public static final String PASSPHRASE = "\0passphrase";

    private record Count(int failures, Optional<Instant> lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public UnlockAttempts(Clock clock) {
        this.clock = clock;
    }

    /** The refusal to give without even trying, while a lock lasts. */
    public Optional<SignInResult> refusal(String who) {
        Count count = counts.get(normal(who));
        return count == null ? Optional.empty() : count.lockedUntil().filter(clock.instant()::isBefore)
                .map(SignInResult::locked);
    }

    public SignInResult failed(String who) {
        Count before = counts.getOrDefault(normal(who), new Count(0, Optional.empty()));
        int failures = (before.lockedUntil().isPresent() ? 0 : before.failures()) + 1;
        if (failures >= SignInService.MAX_ATTEMPTS) {
            Instant until = clock.instant().plus(SignInService.LOCK_TIME);
            counts.put(normal(who), new Count(0, Optional.of(until)));
            return SignInResult.locked(until);
        }
        counts.put(normal(who), new Count(failures, Optional.empty()));
        return SignInResult.wrong(SignInService.MAX_ATTEMPTS - failures);
    }

    public void succeeded(String who) {
        counts.remove(normal(who));
    }

    /** The answer when the passphrase opened the file: nobody is signed in yet. */
    public static SignInResult unlocked() {
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, Optional.empty(), 0, Optional.empty());
    }

    private static String normal(String who) {
        return who.strip().toLowerCase(Locale.ROOT);
    }
}
