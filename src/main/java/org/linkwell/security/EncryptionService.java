package org.linkwell.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.linkwell.core.Backups;
import org.linkwell.core.DataFiles;
import org.linkwell.core.Database;
import org.linkwell.core.DatabaseKey;
import org.linkwell.core.KeyFile;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts an existing plain data file in place (administrators only): a checked backup first, then a new
 * random key wrapped under the setup passphrase and the administrator's own password, then the rekey and an
 * integrity check. The plain backup is kept only when asked for; else it is overwritten and deleted.
 */
public final class EncryptionService {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptionService.class);

    /** What became of the plain copies, and who needs a new password to open the file. */
    public record Outcome(Optional<Path> plainBackupKept, List<Path> earlierStillPlain,
                          List<String> loginsNeedingNewPassword) {
    }

    private final Database database;
    private final Backups backups;
    private final SignInService signIn;
    private final BooleanSupplier hasClientData;

    public EncryptionService(Database database, Backups backups, SignInService signIn, BooleanSupplier hasClientData) {
        this.database = database;
        this.backups = backups;
        this.signIn = signIn;
        this.hasClientData = hasClientData;
    }

    public boolean isEncrypted() {
        return database.isEncrypted();
    }

    /** Whether there is anything to protect yet (the offer after set-up is made only then). */
    public boolean hasClientData() {
        return hasClientData.getAsBoolean();
    }

    public Outcome encrypt(char[] yourPassword, char[] passphrase, boolean keepPlainBackup) {
        SignedInUser admin = signIn.session().requireUser(Permission.ADMINISTRATION);
        if (database.isEncrypted()) {
            throw new IllegalStateException("the data file is already encrypted");
        }
        KeyFile.passphraseError(passphrase).ifPresent(error -> {
            throw new ValidationException(List.of(error));
        });
        if (signIn.unlock(yourPassword).outcome() != SignInResult.Outcome.SIGNED_IN) {
            throw new ValidationException(List.of(new FieldError("password", "encryption.wrongPassword")));
        }
        try {
            return encryptInPlace(admin, yourPassword, passphrase, keepPlainBackup);
        } catch (RuntimeException failed) {
            LOG.error("encrypting the data file failed", failed);
            throw failed;
        }
    }

    private Outcome encryptInPlace(SignedInUser admin, char[] yourPassword, char[] passphrase, boolean keepPlainBackup) {
        List<Path> earlier = backups.list();
        Path plainBackup = backups.backupNow();
        DatabaseKey key = DatabaseKey.generate();
        KeyFile keys = KeyFile.beside(database.file());
        keys.create(key, passphrase);
        try {
            database.encrypt(key);
        } catch (RuntimeException failed) {
            DataFiles.overwriteAndDelete(keys.path());
            throw failed;
        }
        keys.putLogin(admin.username(), yourPassword, key);
        if (!database.isIntact()) {
            throw new org.linkwell.core.DamagedDatabaseException(database.file(), null);
        }
        LOG.info("the data file was encrypted; plain backup kept: {}", keepPlainBackup);
        if (!keepPlainBackup) {
            DataFiles.overwriteAndDelete(plainBackup);
        }
        List<String> others = signIn.logins().stream().filter(login -> login.active() && login.id() != admin.loginId())
                .map(Login::username).toList();
        return new Outcome(keepPlainBackup ? Optional.of(plainBackup) : Optional.empty(),
                encryptEarlier(earlier, key), others);
    }

    /** Encrypts the earlier plain backups with the new key; returns those that stay plain (damaged, unwritable). */
    private List<Path> encryptEarlier(List<Path> earlier, DatabaseKey key) {
        List<Path> stillPlain = new java.util.ArrayList<>();
        for (Path backup : earlier.stream().filter(DataFiles::isPlain).toList()) {
            try {
                org.linkwell.core.BackupFiles.encryptInPlace(backup, key, database.file());
            } catch (RuntimeException failed) {
                LOG.warn("an earlier backup could not be encrypted", failed);
                stillPlain.add(backup);
            }
        }
        return stillPlain;
    }
}
