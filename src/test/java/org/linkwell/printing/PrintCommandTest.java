package org.linkwell.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.app.AppContext;
import org.linkwell.app.HeadlessSignIn;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.TestSessions;
import org.linkwell.testing.TestDatabases;
import org.linkwell.clients.Language;
import org.linkwell.core.Messages;
import picocli.CommandLine;

/** {@code linkwell print prescription} writes the documents headless. */
class PrintCommandTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private AutoCloseable credentials = () -> { };

    private void signIn(StaffMember.Role role, String username) {
        credentials = HeadlessSignIn.useForTests(TestSessions.headlessLogin(folder.resolve("printing.db"), role,
                username));
    }

    @AfterEach
    void forgetCredentials() throws Exception {
        credentials.close();
    }

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void printPrescription_writesEachKindForTheChartNumber() throws IOException {
        new PrintingFixture(folder, Language.FRENCH).context.close();
        String db = folder.resolve("printing.db").toString();
        signIn(StaffMember.Role.MANAGER, "manager");
        Path client = folder.resolve("client.pdf");
        Path chart = folder.resolve("chart.pdf");
        Path emr = folder.resolve("emr.txt");

        assertEquals(0, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--out", client.toString()),
                err.toString());
        assertEquals(0, run("--db", db, "print", "prescription", "--client", "chc-4242", "--kind", "chart-copy",
                "--out", chart.toString()), err.toString());
        assertEquals(0, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--kind", "emr-text",
                "--out", emr.toString()), err.toString());

        assertTrue(Files.readString(client, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String clientText = PrintingFixture.text(Files.readAllBytes(client));
        assertTrue(clientText.contains("Votre prescription sociale") && clientText.contains("Mimi Côté"), clientText);
        String chartText = PrintingFixture.text(Files.readAllBytes(chart));
        assertTrue(chartText.contains(new Messages(Messages.ENGLISH).get("printing.mark.chart"))
                || chartText.contains(new Messages(Messages.FRENCH).get("printing.mark.chart")), chartText);
        assertTrue(Files.readString(emr).contains("CHC-4242"));
        assertTrue(out.toString().contains("Wrote "), out.toString());
        try (AppContext context = AppContext.open(Path.of(db), TestDatabases.CLOCK)) {
            List<String> viewers = context.database().read(dsl -> dsl.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                    .where(AUDIT_EVENT.TABLE_NAME.eq("client")).and(AUDIT_EVENT.ACTION.eq("view"))
                    .fetch(AUDIT_EVENT.ACTOR));
            assertFalse(viewers.isEmpty());
            assertEquals(List.of("manager"), viewers.stream().distinct().toList(), "each printout is a view, in their name");
        }
    }

    @Test
    void printPrescription_asANavigatorOfAnotherCaseload_isRefused_andWritesNothing() {
        new PrintingFixture(folder, Language.ENGLISH).context.close();
        String db = folder.resolve("printing.db").toString();
        signIn(StaffMember.Role.NAVIGATOR, "other-navigator");
        Path client = folder.resolve("client.pdf");

        assertEquals(HeadlessSignIn.REFUSED, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--out",
                client.toString()));

        assertTrue(err.toString().contains("not in your caseload"), err.toString());
        assertFalse(Files.exists(client));
    }

    @Test
    void printPrescription_withAWrongPassword_isRefused_andCountsTowardTheLockOut() throws Exception {
        new PrintingFixture(folder, Language.ENGLISH).context.close();
        Path db = folder.resolve("printing.db");
        TestSessions.headlessLogin(db, StaffMember.Role.MANAGER, "manager");
        credentials = HeadlessSignIn.useForTests(Map.of(HeadlessSignIn.USER, "manager",
                HeadlessSignIn.PASSWORD, "not the password"));

        assertEquals(HeadlessSignIn.REFUSED, run("--db", db.toString(), "print", "prescription", "--client",
                "CHC-4242", "--out", folder.resolve("x.pdf").toString()));

        assertTrue(err.toString().contains("Wrong username or password (4 tries left"), err.toString());
    }

    @Test
    void printPrescription_explainsAnUnknownChartNumberOrKind() {
        new PrintingFixture(folder, Language.ENGLISH).context.close();
        String db = folder.resolve("printing.db").toString();
        signIn(StaffMember.Role.MANAGER, "manager");

        assertEquals(1, run("--db", db, "print", "prescription", "--client", "NOPE-1", "--out",
                folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("No client has the chart number NOPE-1."), err.toString());
        assertEquals(2, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--kind", "poster", "--out",
                folder.resolve("x.pdf").toString()));
        assertEquals(1, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--kind",
                "prescriber-letter", "--out", folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("There is no completed or closed referral to report on yet."), err.toString());
    }
}
