package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.AuditChain;
import org.linkwell.core.DataFiles;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.EncryptionService;
import org.linkwell.security.SignInResult;
import org.linkwell.testing.TestDatabases;

/** An existing plain data file (every install before encryption, and the sample) encrypted in place. */
class EncryptInPlaceTest {
    private static final String PASSWORD = EncryptionAtRestTest.PASSWORD;
    private static final String PASSPHRASE = EncryptionAtRestTest.PASSPHRASE;

    @TempDir
    Path folder;

    @Test
    void encryptingAPlainFile_keepsEveryRowOfEveryTable_andTheAuditChain() throws Exception {
        Path db = folder.resolve("clinic.db");
        Map<String, Integer> before;
        String someone;
        EncryptionService.Outcome outcome;
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
            context.signIn().createLogin(StaffMember.of("Nadia Roy", StaffMember.Role.NAVIGATOR, Optional.empty()),
                    "nadia", "nadia's own password".toCharArray());
            context.sampleData().loadBundled();
            ClientSummary first = context.clients().search("ma", StatusFilter.ALL, 5).get(0);
            context.clients().open(first.id());
            someone = context.clients().open(first.id()).identity().familyName();
            before = rowCounts(context.database());
            assertTrue(EncryptionAtRestTest.contains(db, someone) || EncryptionAtRestTest.contains(
                    EncryptionAtRestTest.wal(db), someone), "the plain file shows the name");

            outcome = context.dataFileSecurity().encryption().encrypt(PASSWORD.toCharArray(),
                    PASSPHRASE.toCharArray(), false);

            assertTrue(context.database().isEncrypted());
            Map<String, Integer> after = rowCounts(context.database());
            assertEquals(before.get("setting") + 1, after.get("setting"), "only the backup's time is new");
            after.put("setting", before.get("setting"));
            assertEquals(before, after, "every table keeps every row");
            assertEquals(Optional.empty(), AuditChain.firstBrokenRow(context.database()));
            assertTrue(context.database().isIntact());
            context.clients().count(StatusFilter.ALL);
        }
        assertEquals(Optional.empty(), outcome.plainBackupKept());
        assertEquals(List.of("nadia"), outcome.loginsNeedingNewPassword());
        try (var backups = Files.list(folder.resolve("backups"))) {
            assertTrue(backups.noneMatch(file -> DataFiles.isPlain(file)), "the plain backup was deleted");
        }
        assertTrue(DataFiles.looksEncrypted(db));
        assertFalse(EncryptionAtRestTest.contains(db, someone));
        assertFalse(EncryptionAtRestTest.contains(EncryptionAtRestTest.wal(db), someone));

        EncryptedStart start = new EncryptedStart(db, TestDatabases.CLOCK);
        assertEquals(SignInResult.Outcome.SIGNED_IN, start.signIn("amina", PASSWORD.toCharArray()).outcome());
        try (AppContext reopened = start.context().orElseThrow()) {
            Map<String, Integer> reread = rowCounts(reopened.database());
            reread.put("setting", before.get("setting"));
            assertEquals(before, reread);
            assertEquals(Optional.empty(), AuditChain.firstBrokenRow(reopened.database()));
        }
    }

    @Test
    void aWrongPassword_orAShortPassphrase_leaveTheFilePlain_andAKeptBackupIsKept() throws Exception {
        Path db = folder.resolve("clinic.db");
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
            EncryptionService encryption = context.dataFileSecurity().encryption();
            assertThrows(ValidationException.class, () -> encryption.encrypt("wrong".toCharArray(),
                    PASSPHRASE.toCharArray(), false));
            assertThrows(ValidationException.class, () -> encryption.encrypt(PASSWORD.toCharArray(),
                    "too short".toCharArray(), false));
            assertFalse(context.database().isEncrypted());
            assertTrue(DataFiles.isPlain(db));

            EncryptionService.Outcome outcome = encryption.encrypt(PASSWORD.toCharArray(), PASSPHRASE.toCharArray(), true);
            assertTrue(DataFiles.isPlain(outcome.plainBackupKept().orElseThrow()), "kept as asked, and plain");
            Path encryptedBackup = context.backups().backupNow();
            assertTrue(DataFiles.looksEncrypted(encryptedBackup), "backups from now on are encrypted");
        }
    }

    @Test
    void earlierPlainBackups_areEncryptedWithTheNewKey_andStillRestore() throws Exception {
        Path db = folder.resolve("clinic.db");
        Path earlier;
        String someone;
        org.linkwell.core.DatabaseKey key;
        long clients;
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
            context.sampleData().loadBundled();
            clients = context.clients().count(StatusFilter.ALL);
            someone = context.clients().open(context.clients().search("ma", StatusFilter.ALL, 5).get(0).id())
                    .identity().familyName();
            earlier = context.backups().backupNow();
            assertTrue(EncryptionAtRestTest.contains(earlier, someone), "the earlier backup is plain");

            EncryptionService.Outcome outcome = context.dataFileSecurity().encryption().encrypt(
                    PASSWORD.toCharArray(), PASSPHRASE.toCharArray(), false);

            assertEquals(List.of(), outcome.earlierStillPlain());
            key = context.database().key().orElseThrow();
        }
        assertTrue(DataFiles.looksEncrypted(earlier), "the earlier backup is encrypted now");
        assertFalse(EncryptionAtRestTest.contains(earlier, someone), "no readable name in the earlier backup");
        assertTrue(org.linkwell.core.KeyFile.beside(earlier).exists(), "its key file is beside it");
        org.linkwell.core.BackupFiles.verify(earlier, Optional.of(key));

        Path restoredFile = folder.resolve("restored.db");
        org.linkwell.core.BackupFiles.restore(earlier, restoredFile, folder.resolve("safety"), TestDatabases.CLOCK,
                Optional.of(key));
        try (Database restored = Database.open(restoredFile, Optional.of(key))) {
            assertEquals(clients, (long) restored.read(dsl -> dsl.fetchCount(org.linkwell.db.Tables.CLIENT)));
        }
    }

    private static Map<String, Integer> rowCounts(Database database) {
        return database.read(dsl -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name").getValues(0, String.class)) {
                counts.put(table, dsl.fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table))));
            }
            return counts;
        });
    }
}
