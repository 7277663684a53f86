package org.linkwell.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the data file: made while the app runs (SQLite's online backup), on exit and once a day,
 * into a folder chosen in Settings (a network drive, say). The newest {@link #KEEP} are kept.
 */
public final class Backups {
    public static final String EXTENSION = AppPaths.BACKUP_EXTENSION;
    public static final int KEEP = 14;
    public static final String FOLDER_SETTING = "backup.folder";
    public static final String LAST_SETTING = "backup.last";
    private static final Duration DAILY = Duration.ofHours(24);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Database database;
    private final SettingsStore settings;
    private final Clock clock;

    public Backups(Database database, SettingsStore settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    /** The folder set in Settings, else a "backups" folder beside the data file. */
    public Path folder() {
        return settings.get(FOLDER_SETTING).map(Path::of).orElseGet(() -> defaultFolder(database.file()));
    }

    public static Path defaultFolder(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("backups");
    }

    public void chooseFolder(Path folder) {
        settings.put(FOLDER_SETTING, folder.toAbsolutePath().toString());
    }

    public Optional<Instant> lastBackup() {
        return settings.get(LAST_SETTING).map(Instant::parse);
    }

    /** Writes a new backup, checks it, and drops the oldest beyond {@link #KEEP}. */
    public Path backupNow() {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.FOLDER_UNWRITABLE, folder, e);
        }
        Path target = folder.resolve("linkwell-" + LocalDateTime.now(clock).format(STAMP) + "." + EXTENSION);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("linkwell-" + LocalDateTime.now(clock).format(STAMP) + "-" + n + "." + EXTENSION);
        }
        backupTo(target);
        settings.put(LAST_SETTING, clock.instant().toString());
        prune(folder);
        LOG.info("backup written");
        return target;
    }

    /** Writes a checked copy to {@code target}; an encrypted file's copy is encrypted and gets its key file. */
    public void backupTo(Path target) {
        BackupFiles.writeChecked(database, target);
    }

    /** The daily backup: made when the last one is a day old (or there is none). */
    public Optional<Path> backupIfDue() {
        boolean due = lastBackup().map(last -> !last.plus(DAILY).isAfter(clock.instant())).orElse(true);
        return due ? Optional.of(backupNow()) : Optional.empty();
    }

    /** Backups in the folder, newest first. */
    public List<Path> list() {
        return list(folder());
    }

    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("linkwell-")
                            && file.getFileName().toString().endsWith("." + EXTENSION))
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prune(Path folder) {
        List<Path> all = list(folder);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                Files.deleteIfExists(KeyFile.beside(old).path());
            } catch (IOException e) {
                LOG.warn("an old backup could not be removed", e);
            }
        }
    }
}
