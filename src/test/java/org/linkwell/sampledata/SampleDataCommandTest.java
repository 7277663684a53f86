package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import picocli.CommandLine;

class SampleDataCommandTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void load_putsTheBundledClientsIntoTheDataFile_once() {
        String db = folder.resolve("clinic.db").toString();

        int first = run("--db", db, "sample-data", "load");
        int second = run("sample-data", "load", "--db", db);

        assertEquals(0, first, err.toString());
        assertEquals(0, second, err.toString());
        List<String> said = lines(out);
        assertEquals(8, said.size(), said.toString());
        assertEquals("Loaded 1100 clients (0 already present) into " + Path.of(db).toAbsolutePath(), said.get(0));
        assertEquals("Loaded the sample catalog: 82 programs added, 0 updated; 32 organisations added, 0 updated",
                said.get(1));
        assertTrue(said.get(2).startsWith("Loaded 32 staff, 1113 referrals, 3597 encounters, 3373 social prescriptions, "
                + "71 Health Champions"), said.get(2));
        assertTrue(said.get(3).matches("Loaded \\d{4} surveys"), said.get(3));
        assertEquals("Loaded 0 clients (1100 already present) into " + Path.of(db).toAbsolutePath(), said.get(4));
        assertEquals("Loaded the sample catalog: 0 programs added, 82 updated; 0 organisations added, 32 updated",
                said.get(5));
        assertEquals("The sample journeys were loaded before; nothing added.", said.get(6));
        assertEquals("The sample surveys were loaded before; nothing added.", said.get(7));
    }

    @Test
    void generate_writesClientsCsv_thatLoadFromCanRead() throws IOException {
        Path dir = folder.resolve("made");

        int generated = run("sample-data", "generate", "--clients", "250", "--seed", "7", "--as-of", "2026-11-01",
                "--out", dir.toString());
        int loaded = run("--db", folder.resolve("clinic.db").toString(), "sample-data", "load", "--from", dir.toString());

        assertEquals(0, generated, err.toString());
        assertEquals(0, loaded, err.toString());
        assertEquals(251, Files.readAllLines(dir.resolve("clients.csv"), StandardCharsets.UTF_8).size());
        assertTrue(lines(out).get(0).startsWith("Wrote 250 synthetic clients to "), out.toString());
        assertTrue(lines(out).get(2).startsWith("Wrote "), out.toString());
        assertTrue(lines(out).get(2).endsWith("surveys.csv"), out.toString());
        assertTrue(lines(out).get(3).startsWith("Loaded 250 clients (0 already present) into "), out.toString());
    }

    @Test
    void generate_writesTheJourneysToo_sameOptionsSameFiles() throws IOException {
        Path one = folder.resolve("one");
        Path two = folder.resolve("two");

        int first = run("sample-data", "generate", "--clients", "120", "--seed", "7", "--as-of", "2026-11-01",
                "--journeys-as-of", "2026-11-24", "--out", one.toString());
        int second = run("sample-data", "generate", "--clients", "120", "--seed", "7", "--as-of", "2026-11-01",
                "--journeys-as-of", "2026-11-24", "--out", two.toString());

        assertEquals(0, first, err.toString());
        assertEquals(0, second, err.toString());
        assertTrue(lines(out).get(1).matches("Wrote journeys to .*one: 32 staff, \\d+ referrals, \\d+ encounters, "
                + "\\d+ social prescriptions, 8 Health Champions with \\d+ volunteer hours entries in .* s"), out.toString());
        for (String file : List.of("staff.csv", "referrals.csv", "encounters.csv", "prescriptions.csv", "champions.csv",
                "volunteer_hours.csv")) {
            assertTrue(Files.size(one.resolve(file)) > 100, file);
            assertEquals(-1L, Files.mismatch(one.resolve(file), two.resolve(file)), file);
        }
    }

    @Test
    void generate_noJourneys_writesOnlyClients() {
        int exit = run("sample-data", "generate", "--clients", "20", "--no-journeys", "--out", folder.toString());

        assertEquals(0, exit, err.toString());
        assertTrue(Files.exists(folder.resolve("clients.csv")));
        assertTrue(Files.notExists(folder.resolve("referrals.csv")));
    }

    @Test
    void loadJourneys_withoutTheCatalog_loadsTheClientsAndSaysToLoadTheCatalogFirst() {
        String db = folder.resolve("clinic.db").toString();
        Path made = folder.resolve("made-with-journeys");
        assertEquals(0, run("sample-data", "generate", "--clients", "50", "--seed", "3", "--as-of", "2026-11-01",
                "--journeys-as-of", "2026-11-20", "--out", made.toString()), err.toString());
        out.getBuffer().setLength(0);

        int exit = run("--db", db, "sample-data", "load", "--from", made.toString(), "--journeys");

        assertEquals(1, exit);
        assertTrue(lines(out).get(0).startsWith("Loaded 50 clients (0 already present)"), out.toString());
        assertEquals(1, lines(err).size(), err.toString());
        assertTrue(err.toString().contains("Load the program catalog (programs.csv and organizations.csv) before the "
                + "journeys. The journeys were not loaded."), err.toString());
    }

    @Test
    void generate_refusesZeroClients_withOneLine() {
        int exit = run("sample-data", "generate", "--clients", "0", "--out", folder.toString());

        assertNotEquals(0, exit);
        assertEquals(List.of("--clients must be from 1 to 5000000, not 0."), lines(err));
        assertTrue(Files.notExists(folder.resolve("clients.csv")));
    }

    @Test
    void load_badFile_failsNamingRowAndColumn() throws IOException {
        List<List<String>> rows = ClientCsvTest.rows(3);
        rows.get(1).set(Column.CONSENT_METHOD.ordinal(), "telepathy");
        Files.writeString(folder.resolve("clients.csv"), ClientCsvTest.csvText(rows), StandardCharsets.UTF_8);

        int exit = run("--db", folder.resolve("clinic.db").toString(), "sample-data", "load", "--from", folder.toString());

        assertEquals(1, exit);
        assertEquals(1, lines(err).size(), err.toString());
        assertTrue(err.toString().contains("row 3, column consent_method: unknown code \"telepathy\""), err.toString());
        assertTrue(err.toString().strip().endsWith("Nothing was loaded."), err.toString());
    }

    @Test
    void load_onAFileWithLogins_asksForAnAdministrator() throws Exception {
        java.nio.file.Path db = folder.resolve("clinic.db");
        org.linkwell.security.TestSessions.headlessLogin(db, org.linkwell.referrals.StaffMember.Role.NAVIGATOR, "sam");

        try (AutoCloseable nobody = org.linkwell.app.HeadlessSignIn.useForTests(java.util.Map.of())) {
            assertEquals(org.linkwell.app.HeadlessSignIn.REFUSED, run("--db", db.toString(), "sample-data", "load"));
        }
        assertTrue(err.toString().contains("sign in first"), err.toString());
        try (AutoCloseable navigator = org.linkwell.app.HeadlessSignIn.useForTests(java.util.Map.of(
                org.linkwell.app.HeadlessSignIn.USER, "sam", org.linkwell.app.HeadlessSignIn.PASSWORD,
                new String(org.linkwell.security.TestSessions.PASSWORD)))) {
            assertEquals(org.linkwell.app.HeadlessSignIn.REFUSED, run("--db", db.toString(), "sample-data", "load"));
        }
        try (AutoCloseable admin = org.linkwell.app.HeadlessSignIn.useForTests(java.util.Map.of(
                org.linkwell.app.HeadlessSignIn.USER, org.linkwell.security.TestSessions.ADMIN,
                org.linkwell.app.HeadlessSignIn.PASSWORD, new String(org.linkwell.security.TestSessions.PASSWORD)))) {
            assertEquals(0, run("--db", db.toString(), "sample-data", "load", "--from", sampleFolder().toString()),
                    err.toString());
        }
    }

    private java.nio.file.Path sampleFolder() throws java.io.IOException {
        java.nio.file.Path dir = folder.resolve("few");
        assertEquals(0, run("sample-data", "generate", "--clients", "20", "--no-journeys", "--out", dir.toString()));
        return dir;
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static List<String> lines(StringWriter writer) {
        return writer.toString().lines().toList();
    }
}
