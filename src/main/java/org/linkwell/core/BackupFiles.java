package org.linkwell.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Problem.NOT_FOUND, backup, null);
        }
        SQLiteConfig config = new SQLiteConfig();
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
            throw new BackupException(BackupException.Problem.DAMAGED, backup, e);
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
        verify(backup);
        Path safety = backup;
        if (Files.exists(databaseFile)) {
            try {
                Files.createDirectories(safetyFolder);
            } catch (java.io.IOException e) {
                throw new BackupException(BackupException.Problem.FOLDER_UNWRITABLE, safetyFolder, e);
            }
            safety = safetyFolder.resolve("linkwell-" + LocalDateTime.now(clock)
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-before-restore." + Backups.EXTENSION);
            try (Database current = Database.open(databaseFile)) {
                current.backupTo(safety);
                verify(safety);
                current.restoreFrom(backup);
            }
        } else {
            try (Database fresh = Database.open(databaseFile)) {
                fresh.restoreFrom(backup);
            }
        }
        try (Database restored = Database.open(databaseFile)) {
            if (!restored.isIntact()) {
                throw new BackupException(BackupException.Problem.DAMAGED, databaseFile, null);
            }
        }
        return safety;
    }
}
