package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.TestSessions;
import picocli.CommandLine;

/** linkwell --db FILE report funder ..., end to end through Main. */
class ReportCommandTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private AutoCloseable credentials;

    @org.junit.jupiter.api.BeforeEach
    void signInAsManager() {
        credentials = HeadlessSignIn.useForTests(TestSessions.headlessLogin(folder.resolve("clinic.db"),
                StaffMember.Role.MANAGER, "manager"));
    }

    @org.junit.jupiter.api.AfterEach
    void forgetCredentials() throws Exception {
        credentials.close();
    }

    @Test
    void funder_withoutCredentials_isRefused_andWritesNothing() throws Exception {
        credentials.close();
        credentials = HeadlessSignIn.useForTests(java.util.Map.of());
        Path xlsx = folder.resolve("refused.xlsx");

        int exit = run("--db", folder.resolve("clinic.db").toString(), "report", "funder", "--fiscal-year", "2026-27",
                "--out", xlsx.toString(), "--with-data");

        assertEquals(HeadlessSignIn.REFUSED, exit);
        assertTrue(err.toString().contains("sign in first"), err.toString());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void funder_asANavigator_isRefused_forTheirRole() throws Exception {
        credentials.close();
        credentials = HeadlessSignIn.useForTests(TestSessions.headlessLogin(folder.resolve("clinic.db"),
                StaffMember.Role.NAVIGATOR, "sam"));
        Path xlsx = folder.resolve("refused.xlsx");

        int exit = run("--db", folder.resolve("clinic.db").toString(), "report", "funder", "--fiscal-year", "2026-27",
                "--out", xlsx.toString());

        assertEquals(HeadlessSignIn.REFUSED, exit);
        assertTrue(err.toString().contains("sam is signed in, but their role does not allow this command"),
                err.toString());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void funder_fiscalQuarter_writesTheWorkbookForAprilToJune() throws Exception {
        Path xlsx = folder.resolve("reports/q1.xlsx");

        int exit = run("--db", folder.resolve("clinic.db").toString(), "report", "funder", "--fiscal-quarter",
                "2026-27:Q1", "--out", xlsx.toString(), "--with-data");

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().startsWith("Wrote the funder workbook for 2026-04-01 to 2026-06-30 to " + xlsx),
                out.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertEquals(7, workbook.getNumberOfSheets());
            var about = workbook.getSheet("About");
            var from = FindRow.labelled(about, "Period from").getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(from));
            assertEquals(java.time.LocalDate.of(2026, 4, 1), from.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(java.time.LocalDate.of(2026, 6, 30),
                    FindRow.labelled(about, "Period to").getCell(1).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void funder_fromTo_sameAsTheQuarter() {
        Path xlsx = folder.resolve("q1.xlsx");
        int exit = run("--db", folder.resolve("clinic.db").toString(), "report", "funder", "--from", "2026-04-01",
                "--to", "2026-06-30", "--out", xlsx.toString());
        assertEquals(0, exit, err.toString());
        assertTrue(Files.exists(xlsx));
    }

    @Test
    void funder_badPeriods_sayWhatIsWrong_andWriteNothing() {
        String db = folder.resolve("clinic.db").toString();
        Path xlsx = folder.resolve("bad.xlsx");
        assertEquals(2, run("--db", db, "report", "funder", "--fiscal-quarter", "2026-28:Q1", "--out", xlsx.toString()));
        assertEquals(2, run("--db", db, "report", "funder", "--from", "2026-06-30", "--to", "2026-04-01", "--out",
                xlsx.toString()));
        assertEquals(2, run("--db", db, "report", "funder", "--from", "2026-04-01", "--out", xlsx.toString()));
        assertEquals(2, run("--db", db, "report", "funder", "--fiscal-quarter", "2026-27:Q1", "--from", "2026-04-01",
                "--out", xlsx.toString()));
        assertEquals(String.join(System.lineSeparator(),
                "2026-28:Q1 is not a fiscal quarter: write it like 2026-27:Q1.",
                "The period is not valid: the period ends (2026-04-01) before it starts (2026-06-30).",
                "Give both --from and --to.",
                "Give the period one way: --from and --to, --fiscal-quarter, or --fiscal-year.") + System.lineSeparator(),
                err.toString());
        assertFalse(Files.exists(xlsx));
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Finds a row by its first cell's text. */
    static final class FindRow {
        static org.apache.poi.ss.usermodel.Row labelled(org.apache.poi.ss.usermodel.Sheet sheet, String label) {
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().equals(label)) {
                    return row;
                }
            }
            throw new AssertionError("no row " + label);
        }
    }
}
