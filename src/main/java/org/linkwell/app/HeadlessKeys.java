package org.linkwell.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.linkwell.core.DataFiles;
import org.linkwell.core.DatabaseKey;
import org.linkwell.core.KeyFile;

/**
 * The database key for headless commands: unwrapped with the setup passphrase from {@value #VARIABLE}. A new
 * data file made while the variable is set is encrypted with a fresh key (the key file gets the passphrase
 * slot); a plain file stays plain.
 */
public final class HeadlessKeys {
    public static final String VARIABLE = "LINKWELL_PASSPHRASE";

    private HeadlessKeys() {
    }

    /** Opens the data file for a headless command, with its key when it is (or is to be) encrypted. */
    public static AppContext context(Path databaseFile, Clock clock) {
        return AppContext.open(databaseFile, clock, forFile(databaseFile));
    }

    public static Optional<DatabaseKey> forFile(Path databaseFile) {
        KeyFile keys = KeyFile.beside(databaseFile);
        if (DataFiles.isEncrypted(databaseFile)) {
            return Optional.of(unlock(keys, databaseFile));
        }
        Optional<String> passphrase = passphrase();
        if (DataFiles.isNew(databaseFile) && passphrase.isPresent()) {
            char[] secret = passphrase.get().toCharArray();
            if (KeyFile.passphraseProblem(secret).isPresent()) {
                throw new PassphraseException(PassphraseException.Problem.TOO_SHORT, databaseFile);
            }
            DatabaseKey key = DatabaseKey.generate();
            keys.create(key, secret);
            return Optional.of(key);
        }
        return Optional.empty();
    }

    /** For a restore: the key of whichever of the two files is encrypted, from the data file's key file first. */
    public static Optional<DatabaseKey> forRestore(Path databaseFile, Path backup) {
        if (!DataFiles.looksEncrypted(databaseFile) && !DataFiles.looksEncrypted(backup)) {
            return Optional.empty();
        }
        KeyFile keys = KeyFile.beside(databaseFile).exists() ? KeyFile.beside(databaseFile) : KeyFile.beside(backup);
        return keys.exists() ? Optional.of(unlock(keys, databaseFile)) : Optional.empty();
    }

    private static DatabaseKey unlock(KeyFile keys, Path databaseFile) {
        char[] secret = passphrase().orElseThrow(() ->
                new PassphraseException(PassphraseException.Problem.MISSING, databaseFile)).toCharArray();
        return keys.unlockWithPassphrase(secret).orElseThrow(() ->
                new PassphraseException(PassphraseException.Problem.WRONG, databaseFile));
    }

    private static Optional<String> passphrase() {
        return Optional.ofNullable(HeadlessSignIn.environment(VARIABLE)).filter(value -> !value.isEmpty());
    }

    /** The passphrase for a headless command is missing, wrong or too short; the message names the variable. */
    public static final class PassphraseException extends RuntimeException {
        public enum Problem { MISSING, WRONG, TOO_SHORT }

        private final Problem problem;
        private final Path file;

        PassphraseException(Problem problem, Path file) {
            super(problem + ": " + file.getFileName());
            this.problem = problem;
            this.file = file;
        }

        public String messageKey() {
            return "encryption.headless." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public Path file() {
            return file;
        }
    }
}
