package org.linkwell.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Checking a backup file before trusting it, and putting one back in place of the data file. */
public final class BackupFiles {
    private BackupFiles() {
    }

    /** Refuses a missing, damaged, foreign or newer-than-this-Linkwell file with the matching problem. */
    public static void verify(Path backup) {
        verify(backup, Optional.empty());
    }

    /** As {@link #verify(Path)}; an encrypted backup is read with {@code key} (and refused without one). */
    public static void verify(Path backup, Optional<DatabaseKey> key) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Problem.NOT_FOUND, backup, null);
        }
        boolean encrypted = DataFiles.looksEncrypted(backup);
        // Noise with a key file beside it is an encrypted backup; noise alone is just not a database.
        BackupException.Problem unreadable = DataFiles.isEncrypted(backup)
                ? BackupException.Problem.ENCRYPTED : BackupException.Problem.DAMAGED;
        if (encrypted && key.isEmpty()) {
            throw new BackupException(unreadable, backup, null);
        }
        SQLiteConfig config = Database.config(encrypted ? key : Optional.empty());
        config.setReadOnly(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + backup.toAbsolutePath());
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            try (var result = statement.executeQuery("PRAGMA quick_check")) {
                if (!result.next() || !"ok".equalsIgnoreCase(result.getString(1))) {
                    throw new BackupException(BackupException.Problem.DAMAGED, backup, null);
                }
            }
            try (var result = statement.executeQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('flyway_schema_history', 'client')")) {
                if (!result.next() || result.getInt(1) != 2) {
                    throw new BackupException(BackupException.Problem.NOT_LINKWELL, backup, null);
                }
            }
        } catch (SQLException e) {
            throw new BackupException(Database.isNotADatabase(e) ? unreadable : BackupException.Problem.DAMAGED,
                    backup, e);
        } finally {
            DataFiles.removeEmptyWalLeftovers(backup);
        }
        boolean newer = Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                        .load().info().all())
                .anyMatch(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new BackupException(BackupException.Problem.FROM_NEWER_VERSION, backup, null);
        }
    }

    /**
     * Puts {@code backup} in place of the data file, after checking it and after keeping the current data
     * as a backup of its own in {@code safetyFolder}. Returns that safety copy (or the backup itself when
     * there was no data file yet). The app must not have the file open.
     */
    public static Path restore(Path backup, Path databaseFile, Path safetyFolder, Clock clock) {
        return restore(backup, databaseFile, safetyFolder, clock, Optional.empty());
    }

    /**
     * As {@link #restore(Path, Path, Path, Clock)} with the key of an encrypted data file or backup. An
     * encrypted backup is put in place as a file (the driver's online restore cannot read a keyed source), and
     * its key file comes with it when the data file has none.
     */
    public static Path restore(Path backup, Path databaseFile, Path safetyFolder, Clock clock,
                               Optional<DatabaseKey> key) {
        boolean encryptedBackup = DataFiles.looksEncrypted(backup);
        verify(backup, key);
        Path safety = backup;
        if (Files.exists(databaseFile)) {
            try {
                Files.createDirectories(safetyFolder);
            } catch (java.io.IOException e) {
                throw new BackupException(BackupException.Problem.FOLDER_UNWRITABLE, safetyFolder, e);
            }
            safety = safetyFolder.resolve("linkwell-" + LocalDateTime.now(clock)
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-before-restore." + Backups.EXTENSION);
            try (Database current = Database.open(databaseFile, key)) {
                writeChecked(current, safety);
                if (!encryptedBackup) {
                    current.restoreFrom(backup);
                }
            }
        } else if (!encryptedBackup) {
            try (Database fresh = Database.open(databaseFile)) {
                fresh.restoreFrom(backup);
            }
        }
        if (encryptedBackup) {
            putInPlace(backup, databaseFile);
        }
        try (Database restored = Database.open(databaseFile, key)) {
            if (!restored.isIntact()) {
                throw new BackupException(BackupException.Problem.DAMAGED, databaseFile, null);
            }
        }
        return safety;
    }

    /**
     * Encrypts a plain backup in place with the data file's key, checks it, and puts the data file's key file
     * beside it: after the data file is encrypted, its earlier backups must not stay readable.
     */
    public static void encryptInPlace(Path backup, DatabaseKey key, Path databaseFile) {
        verify(backup);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + backup.toAbsolutePath());
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            Database.rekey(statement, key);
        } catch (SQLException e) {
            throw new BackupException(BackupException.Problem.DAMAGED, backup, e);
        }
        verify(backup, Optional.of(key));
        copyKeys(databaseFile, backup);
    }

    /** Writes a copy of {@code database} to {@code target}, checks it, and puts the key file beside it if needed. */
    public static void writeChecked(Database database, Path target) {
        database.backupTo(target);
        verify(target, database.key());
        copyKeys(database.file(), target);
    }

    /** An encrypted data file's backup is useless without its key file, so one travels with each copy. */
    public static void copyKeys(Path databaseFile, Path backup) {
        if (DataFiles.isEncrypted(databaseFile)) {
            KeyFile.beside(databaseFile).copyTo(KeyFile.beside(backup).path());
        }
    }

    private static void putInPlace(Path backup, Path databaseFile) {
        try {
            Path incoming = databaseFile.toAbsolutePath().resolveSibling(databaseFile.getFileName() + ".restoring");
            Files.createDirectories(incoming.getParent());
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            for (String leftover : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(databaseFile.resolveSibling(databaseFile.getFileName() + leftover));
            }
            Files.move(incoming, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            KeyFile backupKeys = KeyFile.beside(backup);
            if (!KeyFile.beside(databaseFile).exists() && backupKeys.exists()) {
                backupKeys.copyTo(KeyFile.beside(databaseFile).path());
            }
        } catch (java.io.IOException e) {
            throw new BackupException(BackupException.Problem.FOLDER_UNWRITABLE, databaseFile, e);
        }
    }
}
