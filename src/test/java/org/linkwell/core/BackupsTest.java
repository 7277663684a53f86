package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.StatusFilter;
import org.linkwell.testing.MovingClock;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

/** Backups made while the file is open, kept 14 deep, checked before they are trusted, restored safely. */
class BackupsTest {
    @TempDir
    Path folder;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-24T15:00:00Z"));

    @Test
    void backupNow_writesACheckedCopyHoldingTheSameClients() {
        Path written;
        try (Database database = Database.open(folder.resolve("clinic.db"))) {
            addClient(database, "Hélène", "Côté", "C-1");
            addClient(database, "Marc", "Roy", "C-2");
            written = backups(database).backupNow();
        }
        assertTrue(written.getFileName().toString().endsWith(".lwbackup"));
        assertEquals(folder.resolve("backups"), written.getParent(), "the default folder is beside the data file");
        try (Database copy = Database.open(written)) {
            assertEquals(2, clients(copy).count(StatusFilter.ALL));
        }
    }

    @Test
    void backupNow_keepsOnlyTheNewestFourteen() {
        try (Database database = Database.open(folder.resolve("clinic.db"))) {
            Backups backups = backups(database);
            Path first = backups.backupNow();
            Path newest = first;
            for (int i = 0; i < 15; i++) {
                clock.advance(Duration.ofHours(1));
                newest = backups.backupNow();
            }
            List<Path> kept = backups.list();
            assertEquals(Backups.KEEP, kept.size());
            assertEquals(newest, kept.get(0));
            assertFalse(Files.exists(first), "the oldest copies are removed");
        }
    }

    @Test
    void backupIfDue_makesOneADay() {
        try (Database database = Database.open(folder.resolve("clinic.db"))) {
            Backups backups = backups(database);
            assertTrue(backups.backupIfDue().isPresent(), "no backup yet: one is due");
            clock.advance(Duration.ofHours(23));
            assertTrue(backups.backupIfDue().isEmpty(), "less than a day later: none");
            clock.advance(Duration.ofHours(1));
            assertTrue(backups.backupIfDue().isPresent(), "a day later: due again");
            assertEquals(clock.instant(), backups.lastBackup().orElseThrow());
        }
    }

    @Test
    void chosenFolder_isUsedAndRemembered() {
        Path network = folder.resolve("network-drive");
        try (Database database = Database.open(folder.resolve("clinic.db"))) {
            backups(database).chooseFolder(network);
            assertEquals(network, backups(database).backupNow().getParent());
        }
    }

    @Test
    void restore_bringsBackTheBackup_andKeepsTheReplacedDataAsItsOwnBackup() {
        Path dbFile = folder.resolve("clinic.db");
        Path backup;
        try (Database database = Database.open(dbFile)) {
            addClient(database, "Hélène", "Côté", "C-1");
            backup = backups(database).backupNow();
            addClient(database, "Marc", "Roy", "C-2");
        }
        clock.advance(Duration.ofMinutes(5));

        Path safety = BackupFiles.restore(backup, dbFile, folder.resolve("safety"), clock);

        try (Database restored = Database.open(dbFile)) {
            assertEquals(1, clients(restored).count(StatusFilter.ALL));
        }
        try (Database replaced = Database.open(safety)) {
            assertEquals(2, clients(replaced).count(StatusFilter.ALL), "nothing is lost by a restore");
        }
    }

    @Test
    void verify_refusesMissingForeignAndDamagedFiles() throws Exception {
        assertEquals(BackupException.Problem.NOT_FOUND,
                assertThrows(BackupException.class, () -> BackupFiles.verify(folder.resolve("none.lwbackup"))).problem());

        Path foreign = folder.resolve("other.db");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            connection.createStatement().execute("CREATE TABLE notes (text TEXT)");
        }
        assertEquals(BackupException.Problem.NOT_LINKWELL,
                assertThrows(BackupException.class, () -> BackupFiles.verify(foreign)).problem());

        Path text = Files.writeString(folder.resolve("letter.lwbackup"), "Dear Linkwell, this is not a database at all.");
        assertEquals(BackupException.Problem.DAMAGED,
                assertThrows(BackupException.class, () -> BackupFiles.verify(text)).problem());

        Path damaged = damagedCopy();
        assertEquals(BackupException.Problem.DAMAGED,
                assertThrows(BackupException.class, () -> BackupFiles.verify(damaged)).problem());
    }

    @Test
    void open_refusesADamagedDataFile_andLeavesItUntouched() throws Exception {
        Path damaged = damagedCopy();
        byte[] before = Files.readAllBytes(damaged);

        DamagedDatabaseException refused = assertThrows(DamagedDatabaseException.class, () -> Database.open(damaged));

        assertEquals(damaged, refused.file());
        assertArrayEquals(before, Files.readAllBytes(damaged));
    }

    @Test
    void restore_ofADamagedBackup_changesNothing() throws Exception {
        Path dbFile = folder.resolve("clinic.db");
        try (Database database = Database.open(dbFile)) {
            addClient(database, "Hélène", "Côté", "C-1");
        }
        Path damaged = damagedCopy();

        assertThrows(BackupException.class, () -> BackupFiles.restore(damaged, dbFile, folder.resolve("safety"), clock));

        try (Database same = Database.open(dbFile)) {
            assertEquals(1, clients(same).count(StatusFilter.ALL));
        }
    }

    /** A backup with many clients whose index pages are then overwritten with noise. */
    private Path damagedCopy() throws IOException {
        Path source = folder.resolve("source.db");
        Path copy;
        try (Database database = Database.open(source)) {
            for (int i = 0; i < 60; i++) {
                addClient(database, "Client" + i, "Family" + i, "D-" + i);
            }
            copy = folder.resolve("damaged.lwbackup");
            database.backupTo(copy);
        }
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            long pages = file.length() / 4096;
            for (long page = pages / 3; page < pages; page += 2) {
                file.seek(page * 4096 + 100);
                file.write("this page was overwritten by a failing disk ".repeat(40).getBytes());
            }
        }
        return copy;
    }

    private Backups backups(Database database) {
        return new Backups(database, new SettingsStore(database, clock), clock);
    }

    private ClientService clients(Database database) {
        return new ClientService(database, new ClientRepository(), TestDatabases.audit(), clock, TestDatabases.ACCESS);
    }

    private void addClient(Database database, String given, String family, String chart) {
        clients(database).create(TestClients.draft(given, family, chart, LocalDate.of(1950, 3, 1)));
    }
}
