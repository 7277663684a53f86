package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.DataFiles;
import org.linkwell.core.KeyFile;
import org.linkwell.testing.TestDatabases;
import picocli.CommandLine;

/** LINKWELL_PASSPHRASE: a new file made headless is encrypted; an encrypted one needs the right passphrase. */
class HeadlessPassphraseTest {
    @TempDir
    Path folder;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** The variables the commands see (read at each use, so a test can change them between commands). */
    private final Map<String, String> environment = new HashMap<>();
    private AutoCloseable testEnvironment;

    @BeforeEach
    void ownEnvironment() {
        testEnvironment = HeadlessSignIn.useForTests(environment);
    }

    @AfterEach
    void realEnvironmentAgain() throws Exception {
        testEnvironment.close();
    }

    private void passphrase(String value) {
        if (value == null) {
            environment.remove(HeadlessKeys.VARIABLE);
        } else {
            environment.put(HeadlessKeys.VARIABLE, value);
        }
    }

    @Test
    void sampleDataLoad_withThePassphraseSet_makesAnEncryptedFile_thatOpensOnlyWithIt() throws Exception {
        Path db = folder.resolve("e.db");
        Path backup = folder.resolve("e.lwbackup");
        passphrase(EncryptionAtRestTest.PASSPHRASE);

        assertEquals(0, run("--db", db.toString(), "sample-data", "load"), err.toString());
        assertTrue(DataFiles.looksEncrypted(db));
        assertTrue(KeyFile.beside(db).exists());
        try (AppContext context = HeadlessKeys.context(db, TestDatabases.CLOCK)) {
            org.linkwell.security.TestSessions.administrator(context);
        }
        environment.put(HeadlessSignIn.USER, org.linkwell.security.TestSessions.ADMIN);
        environment.put(HeadlessSignIn.PASSWORD, new String(org.linkwell.security.TestSessions.PASSWORD));
        assertEquals(0, run("--db", db.toString(), "backup", "--out", backup.toString()), err.toString());
        assertTrue(DataFiles.looksEncrypted(backup));
        assertEquals(0, run("--db", db.toString(), "restore", backup.toString()), err.toString());
        try (AppContext context = TestDatabases.trusted(HeadlessKeys.context(db, TestDatabases.CLOCK))) {
            assertTrue(context.clients().count(StatusFilter.ALL) > 1000);
        }

        passphrase(null);
        assertEquals(1, run("--db", db.toString(), "backup", "--out", folder.resolve("x.lwbackup").toString()));
        assertTrue(err.toString().contains("is encrypted. Set the environment variable LINKWELL_PASSPHRASE"),
                err.toString());

        passphrase("not the passphrase at all");
        assertEquals(1, run("--db", db.toString(), "programs", "export", "--format", "xlsx", "--out",
                folder.resolve("p.xlsx").toString()));
        assertTrue(err.toString().contains("The passphrase in LINKWELL_PASSPHRASE does not open the data file"),
                err.toString());
    }

    @Test
    void aShortPassphrase_isRefusedBeforeAnythingIsMade_andWithoutOneANewFileIsPlain() {
        passphrase("short");
        assertEquals(1, run("--db", folder.resolve("s.db").toString(), "sample-data", "load", "--from",
                folder.toString()));
        assertTrue(err.toString().contains("too short"), err.toString());
        assertTrue(DataFiles.isNew(folder.resolve("s.db")));

        passphrase(null);
        assertEquals(Optional.empty(), HeadlessKeys.forFile(folder.resolve("p.db")));
        assertEquals(false, KeyFile.beside(folder.resolve("p.db")).exists());
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
