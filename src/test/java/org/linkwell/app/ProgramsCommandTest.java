package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.linkwell.programs.Catalog;
import org.linkwell.testing.TestDatabases;
import picocli.CommandLine;

/** linkwell --db FILE programs import|export, end to end through Main. */
class ProgramsCommandTest {
    static final String PROGRAMS = "id,name,organization,category,days,start_time,end_time,last_verified\n"
            + "walk,Walking group,,physical-activity,Tue,10:00,11:00,2026-03-01\n"
            + "art,Art club,Centre culturel,arts-culture,Wed,13:00,15:00,\n";

    @TempDir
    Path folder;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void import_goodCsv_savesAndCounts_andAgainUpdates() throws IOException {
        String db = folder.resolve("clinic.db").toString();
        Path csv = write("programs.csv", PROGRAMS);

        int first = run("--db", db, "programs", "import", csv.toString());
        int second = run("--db", db, "programs", "import", csv.toString());

        assertEquals(0, first, err.toString());
        assertEquals(0, second, err.toString());
        assertEquals(List.of("Imported programs.csv: 2 programs added, 0 updated; 1 partner organisation added, 0 updated.",
                "Imported programs.csv: 0 programs added, 2 updated; 0 partner organisations added, 0 updated."),
                lines(out));
        assertEquals(2, catalog(db).programs().size());
    }

    @Test
    void import_badFile_printsEachProblemWithFileRowAndColumn_exits1_andSavesNothing() throws IOException {
        String db = folder.resolve("clinic.db").toString();
        Path csv = write("programs.csv", PROGRAMS + "yoga,Yoga,,relaxing,Fri,9:00,10:00,2026-02-30\n");

        int exit = run("--db", db, "programs", "import", csv.toString());

        assertEquals(1, exit);
        assertEquals(List.of("programs.csv row 4, column category: \"relaxing\" is not one of these: physical-activity, "
                        + "arts-culture, nature-outdoors, food-nutrition, learning-skills, social-peer-support, "
                        + "volunteering, mental-wellbeing, practical-support, material-support.",
                "programs.csv row 4, column last_verified: \"2026-02-30\" is not a date. Write it as YYYY-MM-DD, for "
                        + "example 2026-03-01.",
                "Nothing was imported. Fix the problems above, or import only the good rows with --skip-bad-rows."),
                lines(err));
        assertEquals("", out.toString());
        assertTrue(catalog(db).programs().isEmpty());
    }

    @Test
    void import_skipBadRows_savesTheGoodRows() throws IOException {
        String db = folder.resolve("clinic.db").toString();
        Path csv = write("programs.csv", PROGRAMS + "yoga,Yoga,,relaxing,Fri,9:00,10:00,\n");

        int exit = run("--db", db, "programs", "import", csv.toString(), "--skip-bad-rows");

        assertEquals(0, exit, err.toString());
        assertEquals("Left out 1 row with problems.", lines(err).get(1));
        assertEquals(2, catalog(db).programs().size());
    }

    @Test
    void import_wrongEncoding_saysToSaveAsCsvUtf8() throws IOException {
        String db = folder.resolve("clinic.db").toString();
        Path csv = folder.resolve("programs.csv");
        Files.write(csv, "name,category\nCafé,social-peer-support\n".getBytes(StandardCharsets.ISO_8859_1));

        int exit = run("--db", db, "programs", "import", csv.toString(), "--skip-bad-rows");

        assertEquals(1, exit);
        assertTrue(lines(err).get(0).startsWith("programs.csv row 2, column name: Wrong encoding"), err.toString());
        assertTrue(lines(err).get(0).contains("Save the file as CSV UTF-8"), err.toString());
        assertEquals("Nothing was imported. Fix the problems above and import again.", lines(err).get(1));
    }

    @Test
    void export_hsdsAndXlsx_thenImportIntoAnotherFile_givesTheSameCatalog() throws IOException {
        String db = folder.resolve("clinic.db").toString();
        run("--db", db, "programs", "import", write("programs.csv", PROGRAMS).toString());
        Path hsds = folder.resolve("out/hsds");
        Path xlsx = folder.resolve("out/catalog.xlsx");
        Files.createDirectories(xlsx.getParent());

        int hsdsExit = run("--db", db, "programs", "export", "--format", "hsds", "--out", hsds.toString(),
                "--chc-name", "Seaway Valley CHC");
        int xlsxExit = run("--db", db, "programs", "export", "--format", "XLSX", "--out", xlsx.toString());
        String fromHsds = folder.resolve("from-hsds.db").toString();
        String fromXlsx = folder.resolve("from-xlsx.db").toString();
        int importHsds = run("--db", fromHsds, "programs", "import", hsds.toString());
        int importXlsx = run("--db", fromXlsx, "programs", "import", xlsx.toString());

        assertEquals(List.of(0, 0, 0, 0), List.of(hsdsExit, xlsxExit, importHsds, importXlsx), err.toString());
        assertEquals("Exported 2 programs and 1 partner organisation to " + hsds + " (Open Referral HSDS 3.0).",
                lines(out).get(1));
        assertTrue(Files.readString(hsds.resolve("organization.csv")).contains("chc,Seaway Valley CHC"));
        Object original = comparable(catalog(db));
        assertEquals(original, comparable(catalog(fromHsds)));
        assertEquals(original, comparable(catalog(fromXlsx)));
    }

    @Test
    void export_unknownFormat_isRefused() {
        int exit = run("--db", folder.resolve("clinic.db").toString(), "programs", "export", "--format", "pdf",
                "--out", folder.toString());

        assertEquals(2, exit);
        assertEquals(List.of("--format must be hsds or xlsx, not pdf."), lines(err));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Catalog catalog(String db) {
        try (AppContext context = TestDatabases.trusted(AppContext.open(Path.of(db), TestDatabases.CLOCK))) {
            return context.programs().catalog();
        }
    }

    /** Programs and organisations without database ids, versions and organisation ids. */
    private static Object comparable(Catalog catalog) {
        return List.of(catalog.programs().stream().map(p -> List.of(p.externalId(), p.name(), p.category(),
                        p.schedules(), p.lastVerifiedOn(), catalog.organizationName(p))).toList(),
                catalog.organizations().stream().map(o -> o.withIdentity(0, 0, o.externalId())).toList());
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
