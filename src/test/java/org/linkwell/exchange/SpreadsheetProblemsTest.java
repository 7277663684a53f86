package org.linkwell.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.programs.CatalogUpdate;

/** Each kind of bad file: every problem names file, row and column, and nothing at all is saved. */
class SpreadsheetProblemsTest {
    static final String HEADER = "id,name,category,days,start_time,end_time,min_age,max_age,last_verified\n";
    static final String GOOD = "a1,Walking group,physical-activity,Tue,10:00,11:00,55,,2026-03-01\n";

    @TempDir
    Path folder;
    ExchangeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ExchangeFixture(folder);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void missingRequiredColumn_isNamed_andNothingIsSaved() throws IOException {
        Path file = csv("id,name,days\na1,Walking group,Tue\n");

        assertRefused(file, List.of(ImportProblem.at("programs.csv", 1, "category", "import.column.missing",
                "category")));
    }

    @Test
    void badDate_namesRowAndColumn_andNothingIsSaved() throws IOException {
        Path file = csv(HEADER + GOOD + "a2,Art club,arts-culture,,,,,,2026-13-01\n");

        List<ImportProblem> problems = assertRefused(file, List.of(ImportProblem.at("programs.csv", 3, "last_verified",
                "import.date", "2026-13-01")));
        assertEquals("programs.csv row 3, column last_verified: \"2026-13-01\" is not a date. Write it as YYYY-MM-DD, "
                + "for example 2026-03-01.", problems.get(0).englishText());
    }

    @Test
    void unknownCategory_namesRowAndColumn_andNothingIsSaved() throws IOException {
        Path file = csv(HEADER + "a1,Walking group,underwater basket weaving,,,,,,\n" + GOOD.replace("a1", "a2"));

        assertRefused(file, List.of(ImportProblem.at("programs.csv", 2, "category", "import.choice",
                "underwater basket weaving", Cells.codes(org.linkwell.programs.Category.class))));
    }

    @Test
    void wrongEncoding_latin1_pointsAtTheCell_andNothingIsSaved() throws IOException {
        Path file = folder.resolve("programs.csv");
        Files.write(file, (HEADER + GOOD + "a2,Café causerie,social-peer-support,,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        List<ImportProblem> problems = assertRefused(file, List.of(ImportProblem.at("programs.csv", 3, "name",
                "import.file.encoding")));
        assertTrue(problems.get(0).englishText().startsWith("programs.csv row 3, column name: Wrong encoding"),
                problems.get(0).englishText());
        assertTrue(problems.get(0).englishText().contains("Save the file as CSV UTF-8"), problems.get(0).englishText());
    }

    @Test
    void emptyFile_andHeaderOnly_areRefused() throws IOException {
        assertRefused(csv(""), List.of(ImportProblem.inFile("programs.csv", "import.file.empty")));
        assertRefused(csv(" \n\n"), List.of(ImportProblem.inFile("programs.csv", "import.file.empty")));
        assertRefused(csv(HEADER + ",,,,,,,,\n"), List.of(ImportProblem.at("programs.csv", 1, "", "import.file.noRows")));
    }

    @Test
    void duplicateIds_theSecondRowIsTheProblem_andNothingIsSaved() throws IOException {
        Path file = csv(HEADER + GOOD + "b2,Art club,arts-culture,,,,,,\n" + GOOD.replace("Walking group", "Other"));

        assertRefused(file, List.of(ImportProblem.at("programs.csv", 4, "id", "import.id.duplicate", "a1", "2")));
    }

    @Test
    void sameOrganisationAndName_withoutIds_isADuplicateToo() throws IOException {
        Path file = csv("name,organization,category\nYoga,YMCA,physical-activity\nyoga ,ymca,physical-activity\n");

        assertRefused(file, List.of(ImportProblem.at("programs.csv", 3, "name", "import.name.duplicate", "2")));
    }

    @Test
    void everyProblemOfARow_isReported_inTheUsersOwnColumnNames() throws IOException {
        Path file = csv("Nom,Catégorie,Jours,Début,Fin,Âge min,Âge max,Intérêts,Coût\n"
                + "Chorale,arts-culture,jeudi;2e lundi,25:00,,70,20,chant;music,gratis\n");

        assertRefused(file, List.of(
                ImportProblem.at("programs.csv", 2, "Intérêts", "import.interest.unknown", "chant"),
                ImportProblem.at("programs.csv", 2, "Début", "import.time", "25:00"),
                ImportProblem.at("programs.csv", 2, "Fin", "import.time.missing"),
                ImportProblem.at("programs.csv", 2, "Coût", "import.cost", "gratis"),
                ImportProblem.at("programs.csv", 2, "Âge max", "validation.program.ageRange")));
    }

    @Test
    void skipBadRows_savesOnlyTheGoodRows() throws IOException {
        Path file = csv(HEADER + GOOD + "a2,Art club,arts-culture,,,,,,someday\n" + "a3,Choir,arts-culture,,,,,,\n");
        ImportPreview preview = fixture.exchange.preview(file);

        CatalogUpdate.Result result = fixture.exchange.apply(preview, true);

        assertTrue(preview.canSkipBadRows());
        assertEquals(List.of(3), preview.badRows().stream().map(RowResult::row).toList());
        assertEquals(new CatalogUpdate.Result(0, 0, 2, 0), result);
        assertEquals(List.of("Choir", "Walking group"),
                fixture.programs.catalog().programs().stream().map(p -> p.name()).toList());
    }

    @Test
    void skipBadRows_cannotSkipAProblemWithTheFileItself() throws IOException {
        ImportPreview preview = fixture.exchange.preview(csv("id,name\na1,Walking group\n"));

        assertFalse(preview.canSkipBadRows());
        assertThrows(ImportException.class, () -> fixture.exchange.apply(preview, true));
        assertTrue(fixture.programs.catalog().programs().isEmpty());
    }

    @Test
    void unknownFileType_isRefused() throws IOException {
        Path file = ExchangeFixture.write(folder.resolve("programs.ods"), "x");

        assertEquals(List.of(ImportProblem.inFile("programs.ods", "import.file.type")),
                fixture.exchange.preview(file).problems());
    }

    private Path csv(String text) throws IOException {
        return ExchangeFixture.write(folder.resolve("programs.csv"), text);
    }

    private List<ImportProblem> assertRefused(Path file, List<ImportProblem> expected) {
        ImportPreview preview = fixture.exchange.preview(file);

        ImportException refused = assertThrows(ImportException.class, () -> fixture.exchange.apply(preview, false));

        assertEquals(expected, preview.problems());
        assertEquals(expected, refused.problems());
        assertTrue(fixture.programs.catalog().programs().isEmpty(), "nothing may be saved");
        assertTrue(fixture.programs.catalog().organizations().isEmpty(), "nothing may be saved");
        return preview.problems();
    }
}
