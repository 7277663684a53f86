package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.security.SignInResult;
import org.linkwell.testing.TestDatabases;
import picocli.CommandLine;

/** A file filled by a script gets its administrator without the app, then headless reports sign in as them. */
class SetupCommandTest {
    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path folder;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void sampleFile_administratorMadeHeadless_thenTheFunderReportRunsAsThem() throws Exception {
        Path db = folder.resolve("sample.db");
        try (AutoCloseable none = HeadlessSignIn.useForTests(Map.of())) {
            assertEquals(0, run("--db", db.toString(), "sample-data", "load"), err.toString());
        }
        try (AutoCloseable password = HeadlessSignIn.useForTests(Map.of(HeadlessSignIn.PASSWORD, PASSWORD))) {
            assertEquals(0, run("--db", db.toString(), "setup", "administrator", "--name", "Mona Lee",
                    "--username", "mona"), err.toString());
        }
        assertTrue(out.toString().contains("Mona Lee can now sign in as mona"), out.toString());

        Path xlsx = folder.resolve("q1.xlsx");
        try (AutoCloseable login = HeadlessSignIn.useForTests(Map.of(HeadlessSignIn.USER, "mona",
                HeadlessSignIn.PASSWORD, PASSWORD))) {
            assertEquals(0, run("--db", db.toString(), "report", "funder", "--fiscal-quarter", "2026-27:Q1",
                    "--out", xlsx.toString()), err.toString());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertEquals("Summary", workbook.getSheetName(0));
        }
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            assertEquals(SignInResult.Outcome.SIGNED_IN,
                    context.signIn().signIn("mona", PASSWORD.toCharArray()).outcome());
            assertTrue(context.session().may(org.linkwell.core.Permission.ADMINISTRATION));
        }
    }

    @Test
    void aFileWithLogins_refusesASecondFirstAdministrator() throws Exception {
        Path db = folder.resolve("clinic.db");
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        }
        try (AutoCloseable password = HeadlessSignIn.useForTests(Map.of(HeadlessSignIn.PASSWORD, PASSWORD))) {
            assertEquals(HeadlessSignIn.REFUSED, run("--db", db.toString(), "setup", "administrator", "--name",
                    "Someone Else", "--username", "intruder"));
        }
        assertTrue(err.toString().contains("already has logins"), err.toString());
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            assertEquals(SignInResult.Outcome.WRONG_NAME_OR_PASSWORD,
                    context.signIn().signIn("intruder", PASSWORD.toCharArray()).outcome());
        }
    }

    @Test
    void aShortPassword_isRefusedWithTheReason_andNoLoginIsMade() throws Exception {
        Path db = folder.resolve("new.db");
        try (AutoCloseable password = HeadlessSignIn.useForTests(Map.of(HeadlessSignIn.PASSWORD, "short"))) {
            assertEquals(2, run("--db", db.toString(), "setup", "administrator", "--name", "Mona Lee",
                    "--username", "mona"));
        }
        assertTrue(err.toString().startsWith("Password:"), err.toString());
        try (AppContext context = AppContext.open(db, TestDatabases.CLOCK)) {
            assertTrue(context.signIn().needsFirstAdministrator());
        }
        assertTrue(Files.exists(db));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
