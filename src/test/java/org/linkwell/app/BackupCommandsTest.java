package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.clients.StatusFilter;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.TestSessions;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;
import picocli.CommandLine;

/** linkwell --db FILE backup --out FILE, and restore FILE, end to end through Main. */
class BackupCommandsTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void backupThenRestore_givesBackTheSameData() {
        Path db = folder.resolve("clinic.db");
        Path backup = folder.resolve("friday.lwbackup");
        addClient(db, "C-1");
        signIn(db, StaffMember.Role.ADMINISTRATOR, TestSessions.ADMIN);

        assertEquals(0, run("--db", db.toString(), "backup", "--out", backup.toString()), err.toString());
        addClient(db, "C-2");
        assertEquals(0, run("--db", db.toString(), "restore", backup.toString()), err.toString());

        assertTrue(out.toString().contains("Backup written and checked: " + backup), out.toString());
        assertTrue(out.toString().contains("The data it replaced is kept in"), out.toString());
        try (AppContext context = TestDatabases.trusted(AppContext.open(db, TestDatabases.CLOCK))) {
            assertEquals(1, context.clients().count(StatusFilter.ALL));
        }
    }

    @Test
    void restore_ofAFileThatIsNotABackup_saysSo_andChangesNothing() throws Exception {
        Path db = folder.resolve("clinic.db");
        addClient(db, "C-1");
        signIn(db, StaffMember.Role.ADMINISTRATOR, TestSessions.ADMIN);
        Path notes = Files.writeString(folder.resolve("notes.lwbackup"), "shopping list");

        assertEquals(1, run("--db", db.toString(), "restore", notes.toString()));

        assertTrue(err.toString().contains("is damaged and cannot be used"), err.toString());
        try (AppContext context = TestDatabases.trusted(AppContext.open(db, TestDatabases.CLOCK))) {
            assertEquals(1, context.clients().count(StatusFilter.ALL));
        }
    }

    @Test
    void backupAndRestore_needAnAdministrator() {
        Path db = folder.resolve("clinic.db");
        Path backup = folder.resolve("friday.lwbackup");
        addClient(db, "C-1");
        signIn(db, StaffMember.Role.ADMINISTRATOR, TestSessions.ADMIN);
        assertEquals(0, run("--db", db.toString(), "backup", "--out", backup.toString()), err.toString());
        signIn(db, StaffMember.Role.NAVIGATOR, "sam");

        assertEquals(HeadlessSignIn.REFUSED, run("--db", db.toString(), "backup", "--out",
                folder.resolve("other.lwbackup").toString()));
        assertEquals(HeadlessSignIn.REFUSED, run("--db", db.toString(), "restore", backup.toString()));

        assertTrue(err.toString().contains("sam is signed in, but their role does not allow this command"),
                err.toString());
        assertFalse(Files.exists(folder.resolve("other.lwbackup")));
    }

    @Test
    void restore_ontoANewFile_needsNoSignIn() {
        Path db = folder.resolve("clinic.db");
        Path backup = folder.resolve("friday.lwbackup");
        addClient(db, "C-1");
        signIn(db, StaffMember.Role.ADMINISTRATOR, TestSessions.ADMIN);
        assertEquals(0, run("--db", db.toString(), "backup", "--out", backup.toString()), err.toString());
        forget();

        assertEquals(0, run("--db", folder.resolve("new-laptop.db").toString(), "restore", backup.toString()),
                err.toString());
    }

    private AutoCloseable credentials = () -> { };

    private void signIn(Path db, StaffMember.Role role, String username) {
        forget();
        credentials = HeadlessSignIn.useForTests(TestSessions.headlessLogin(db, role, username));
    }

    @org.junit.jupiter.api.AfterEach
    void forget() {
        try {
            credentials.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        credentials = HeadlessSignIn.useForTests(java.util.Map.of());
    }

    private void addClient(Path db, String chart) {
        try (AppContext context = TestDatabases.trusted(AppContext.open(db, TestDatabases.CLOCK))) {
            context.clients().create(TestClients.draft("Ana", "Lopez", chart, LocalDate.of(1970, 1, 1)));
        }
    }

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
