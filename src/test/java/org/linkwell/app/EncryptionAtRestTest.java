package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.Client;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.BackupException;
import org.linkwell.core.BackupFiles;
import org.linkwell.core.DataFiles;
import org.linkwell.core.DatabaseKey;
import org.linkwell.core.EncryptedDatabaseException;
import org.linkwell.core.KeyFile;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignInResult;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

/** An encrypted data file: unreadable without its key, opened by each person's own password, recoverable. */
class EncryptionAtRestTest {
    static final String PASSWORD = "correct horse battery";
    static final String PASSPHRASE = "river stones and maple leaves";
    static final String CHART = "ZQ-884213";

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("clinic.db");
    }

    /** A new encrypted file with its administrator, as the set-up screen makes it; left open. */
    private EncryptedStart newEncryptedFile() {
        EncryptedStart start = new EncryptedStart(db(), TestDatabases.CLOCK);
        start.create("Amina Diallo", "amina", PASSWORD.toCharArray(), PASSPHRASE.toCharArray());
        return start;
    }

    private static Client zephirine() {
        return TestClients.draft("Zéphirine", "Quellec", CHART, LocalDate.of(1958, 3, 9));
    }

    @Test
    void encryptedFile_withoutItsKey_isRefusedClearly_andAWrongKeyToo() throws Exception {
        newEncryptedFile().context().orElseThrow().close();

        assertTrue(KeyFile.beside(db()).exists());
        assertTrue(DataFiles.looksEncrypted(db()), "no SQLite header: the file reads as noise");
        EncryptedDatabaseException withoutKey = assertThrows(EncryptedDatabaseException.class,
                () -> TestDatabases.trusted(AppContext.open(db(), TestDatabases.CLOCK)));
        assertEquals(EncryptedDatabaseException.Problem.KEY_NEEDED, withoutKey.problem());
        EncryptedDatabaseException wrongKey = assertThrows(EncryptedDatabaseException.class,
                () -> AppContext.open(db(), TestDatabases.CLOCK, Optional.of(DatabaseKey.generate())));
        assertEquals(EncryptedDatabaseException.Problem.WRONG_KEY, wrongKey.problem());
    }

    @Test
    void theFileItsWalAndItsBackups_holdNoClientNameOrChartNumber() throws Exception {
        Path backup;
        try (AppContext context = newEncryptedFile().context().orElseThrow()) {
            Client saved = context.clients().create(zephirine());
            context.clients().open(saved.id());
            assertTrue(Files.exists(wal(db())), "the WAL is in use while the file is open");
            assertNoSecrets(db());
            assertNoSecrets(wal(db()));
            backup = context.backups().backupNow();
        }
        assertNoSecrets(db());
        assertNoSecrets(wal(db()));
        assertNoSecrets(backup);
        assertTrue(KeyFile.beside(backup).exists(), "the backup's key file travels with it");
        assertNoSecrets(KeyFile.beside(db()).path());

        Path plain = folder.resolve("plain.db");
        try (AppContext context = TestDatabases.trusted(AppContext.open(plain, TestDatabases.CLOCK))) {
            context.clients().create(zephirine());
        }
        assertTrue(contains(plain, "Quellec"), "the scan does find the name in a plain file");
    }

    @Test
    void staff_openTheFileWithTheirOwnPassword_andWrongCredentialsLookAlike() throws Exception {
        try (AppContext context = newEncryptedFile().context().orElseThrow()) {
            context.signIn().createLogin(StaffMember.of("Nadia Roy", StaffMember.Role.NAVIGATOR, Optional.empty()),
                    "nadia", "nadia's own password".toCharArray());
        }

        EncryptedStart start = new EncryptedStart(db(), TestDatabases.CLOCK);
        SignInResult wrongPassword = start.signIn("nadia", "not her password".toCharArray());
        SignInResult unknownName = start.signIn("nobody", "nadia's own password".toCharArray());
        assertEquals(SignInResult.Outcome.WRONG_NAME_OR_PASSWORD, wrongPassword.outcome());
        assertEquals(SignInResult.Outcome.WRONG_NAME_OR_PASSWORD, unknownName.outcome());
        assertTrue(start.context().isEmpty(), "nothing opened the file");

        SignInResult signedIn = start.signIn("Nadia", "nadia's own password".toCharArray());
        assertEquals(SignInResult.Outcome.SIGNED_IN, signedIn.outcome());
        try (AppContext context = start.context().orElseThrow()) {
            assertEquals("nadia", context.signIn().session().actor());
            assertTrue(context.database().isEncrypted());
        }
    }

    @Test
    void aResetPassword_opensTheFile_andASwitchedOffLoginNoLongerDoes() throws Exception {
        long nadia;
        try (AppContext context = newEncryptedFile().context().orElseThrow()) {
            nadia = context.signIn().createLogin(StaffMember.of("Nadia Roy", StaffMember.Role.NAVIGATOR,
                    Optional.empty()), "nadia", "nadia's own password".toCharArray()).id();
            context.signIn().resetPassword(nadia, "a brand new password".toCharArray());
        }
        EncryptedStart start = new EncryptedStart(db(), TestDatabases.CLOCK);
        assertEquals(SignInResult.Outcome.WRONG_NAME_OR_PASSWORD,
                start.signIn("nadia", "nadia's own password".toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.SIGNED_IN, start.signIn("nadia", "a brand new password".toCharArray()).outcome());
        try (AppContext context = start.context().orElseThrow()) {
            context.signIn().signOut();
            context.signIn().signIn("amina", PASSWORD.toCharArray());
            context.signIn().setActive(nadia, false);
        }
        assertEquals(SignInResult.Outcome.WRONG_NAME_OR_PASSWORD, new EncryptedStart(db(), TestDatabases.CLOCK)
                .signIn("nadia", "a brand new password".toCharArray()).outcome());
    }

    @Test
    void fiveWrongTries_beforeTheFileOpens_lockThatNameFor15Minutes() throws Exception {
        newEncryptedFile().context().orElseThrow().close();
        EncryptedStart start = new EncryptedStart(db(), TestDatabases.CLOCK);
        for (int tries = 4; tries >= 1; tries--) {
            assertEquals(tries, start.signIn("amina", "guess".toCharArray()).attemptsLeft());
        }
        assertEquals(SignInResult.Outcome.LOCKED, start.signIn("amina", "guess".toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.LOCKED, start.signIn("amina", PASSWORD.toCharArray()).outcome(),
                "even the right password waits");
        assertTrue(start.context().isEmpty());
    }

    @Test
    void theSetupPassphrase_letsAnAdministratorChooseANewPassword() throws Exception {
        newEncryptedFile().context().orElseThrow().close();
        EncryptedStart start = new EncryptedStart(db(), TestDatabases.CLOCK);
        assertEquals(SignInResult.Outcome.WRONG_NAME_OR_PASSWORD,
                start.unlockWithPassphrase("not the passphrase".toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.SIGNED_IN, start.unlockWithPassphrase(PASSPHRASE.toCharArray()).outcome());
        try (AppContext context = start.context().orElseThrow()) {
            var recovery = context.dataFileSecurity().recovery();
            assertThrows(ValidationException.class, () -> recovery.resetAdministrator(
                    "not the passphrase".toCharArray(), "amina", "remembered at last".toCharArray()));
            assertThrows(ValidationException.class, () -> recovery.resetAdministrator(
                    PASSPHRASE.toCharArray(), "nobody", "remembered at last".toCharArray()));
            assertTrue(context.signIn().session().user().isEmpty());

            recovery.resetAdministrator(PASSPHRASE.toCharArray(), "amina", "remembered at last".toCharArray());
            assertEquals("amina", context.signIn().session().actor());
        }
        EncryptedStart later = new EncryptedStart(db(), TestDatabases.CLOCK);
        assertEquals(SignInResult.Outcome.SIGNED_IN, later.signIn("amina", "remembered at last".toCharArray()).outcome());
        later.context().orElseThrow().close();
    }

    @Test
    void anEncryptedBackup_restoresTheSameData_hereAndOnANewComputer() throws Exception {
        Path backup;
        try (AppContext context = newEncryptedFile().context().orElseThrow()) {
            context.clients().create(TestClients.draft("Ana", "Lopez", "C-1", LocalDate.of(1970, 1, 1)));
            backup = context.backups().backupNow();
            context.clients().create(TestClients.draft("Ben", "Okafor", "C-2", LocalDate.of(1980, 1, 1)));
        }
        assertTrue(DataFiles.looksEncrypted(backup));
        assertEquals(BackupException.Problem.ENCRYPTED,
                assertThrows(BackupException.class, () -> BackupFiles.verify(backup)).problem());
        Optional<DatabaseKey> key = KeyFile.beside(db()).unlockWithPassphrase(PASSPHRASE.toCharArray());

        Path safety = BackupFiles.restore(backup, db(), folder.resolve("safety"), TestDatabases.CLOCK, key);

        try (AppContext restored = TestDatabases.trusted(AppContext.open(db(), TestDatabases.CLOCK, key))) {
            assertEquals(1, restored.clients().count(StatusFilter.ALL));
        }
        assertTrue(DataFiles.looksEncrypted(safety), "the copy of what was replaced is encrypted too");
        try (AppContext replaced = TestDatabases.trusted(AppContext.open(safety, TestDatabases.CLOCK, key))) {
            assertEquals(2, replaced.clients().count(StatusFilter.ALL));
        }

        Path elsewhere = folder.resolve("new-computer").resolve("linkwell.db");
        Optional<DatabaseKey> fromBackup = KeyFile.beside(backup).unlockWithPassphrase(PASSPHRASE.toCharArray());
        BackupFiles.restore(backup, elsewhere, folder.resolve("new-computer/backups"), TestDatabases.CLOCK, fromBackup);
        assertTrue(KeyFile.beside(elsewhere).exists(), "the key file came with the backup");
        EncryptedStart there = new EncryptedStart(elsewhere, TestDatabases.CLOCK);
        assertEquals(SignInResult.Outcome.SIGNED_IN, there.signIn("amina", PASSWORD.toCharArray()).outcome());
        try (AppContext context = there.context().orElseThrow()) {
            assertEquals(1, context.clients().count(StatusFilter.ALL));
        }
    }

    static Path wal(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    static void assertNoSecrets(Path file) throws Exception {
        for (String secret : List.of("Zéphirine", "Zephirine", "zephirine", "Quellec", "quellec", CHART, "zq-884213",
                "884213")) {
            assertFalse(contains(file, secret), file.getFileName() + " holds " + secret);
        }
    }

    static boolean contains(Path file, String text) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
