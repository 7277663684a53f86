package org.linkwell.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkwell.core.DatabaseKey;
import org.linkwell.core.KeyFile;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.security.LockedDataFile;
import org.linkwell.security.Passwords;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignedInUser;
import org.linkwell.security.UnlockAttempts;

/**
 * Opens an encrypted data file at sign-in, or makes a new one at the administrator's set-up. The file stays
 * closed until a key slot opens: the typed password's, or the setup passphrase's. Once open it stays open
 * (its key in memory) and later sign-ins are the ordinary ones.
 */
public final class EncryptedStart implements LockedDataFile {
    private final Path file;
    private final Clock clock;
    private final UnlockAttempts attempts;
    private volatile AppContext context;

    public EncryptedStart(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.attempts = new UnlockAttempts(clock);
    }

    public Optional<AppContext> context() {
        return Optional.ofNullable(context);
    }

    @Override
    public synchronized SignInResult signIn(String username, char[] password) {
        Optional<SignInResult> refused = attempts.refusal(username);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (context == null) {
            Optional<DatabaseKey> key = KeyFile.beside(file).unlockWithLogin(username, password);
            if (key.isEmpty()) {
                return attempts.failed(username);
            }
            context = AppContext.open(file, clock, key);
        }
        SignInResult result = context.signIn().signIn(username, password);
        if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
            attempts.succeeded(username);
        }
        return result;
    }

    @Override
    public synchronized SignInResult unlockWithPassphrase(char[] passphrase) {
        Optional<SignInResult> refused = attempts.refusal(UnlockAttempts.PASSPHRASE);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<DatabaseKey> key = KeyFile.beside(file).unlockWithPassphrase(passphrase);
        if (key.isEmpty()) {
            return attempts.failed(UnlockAttempts.PASSPHRASE);
        }
        attempts.succeeded(UnlockAttempts.PASSPHRASE);
        if (context == null) {
            context = AppContext.open(file, clock, key);
        }
        return UnlockAttempts.unlocked();
    }

    @Override
    public synchronized SignedInUser create(String name, String username, char[] password, char[] passphrase) {
        List<FieldError> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add(new FieldError("name", "validation.required"));
        }
        if (username.isBlank()) {
            problems.add(new FieldError("username", "validation.required"));
        }
        Passwords.problem(password).ifPresent(key -> problems.add(new FieldError("password", key, Passwords.MIN_LENGTH)));
        KeyFile.passphraseError(passphrase).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        DatabaseKey key = context == null ? DatabaseKey.generate() : context.database().key().orElseThrow();
        KeyFile.beside(file).create(key, passphrase);
        if (context == null) {
            context = AppContext.open(file, clock, Optional.of(key));
        }
        return context.signIn().createFirstAdministrator(name, username, password);
    }
}
