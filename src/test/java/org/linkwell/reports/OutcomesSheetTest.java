package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.testing.TestDatabases;

/** The Outcomes sheet from a stand-in for the surveys feature holding known numbers. */
class OutcomesSheetTest {
    static final ReportPeriod Q1 = ReportPeriod.fiscalQuarter(2026, 1);
    static final OutcomeRow WEMWBS_ALL = new OutcomeRow("swemwbs", "total", Map.of("en", "SWEMWBS wellbeing",
            "fr", "Bien-être SWEMWBS"), true, 42, 19.5, 22.25, 2.75, 1.9, 3.6, 30, 4, 8);
    static final OutcomeRow LONELY_ALL = new OutcomeRow("ucla3", "total", Map.of("en", "Loneliness (UCLA-3)",
            "fr", "Solitude (UCLA-3)"), false, 3, 7, 6, -1, -2, 0, 2, 1, 0);
    static final EquityGroup NEWCOMERS = new EquityGroup(EquityQuestion.NEWCOMER, "yes");
    static final EquityGroup FRANCOPHONES = new EquityGroup(EquityQuestion.FRANCOPHONE, "yes");

    /** Newcomers: 12 clients (large enough); francophones: 4 (too few); everyone else: nothing. */
    static final OutcomeFigures KNOWN = (from, to, group) -> {
        if (!from.equals(Q1.from()) || !to.equals(Q1.to())) {
            throw new AssertionError("asked for the wrong period " + from + " to " + to);
        }
        if (group.isEmpty()) {
            return List.of(WEMWBS_ALL, LONELY_ALL);
        }
        if (group.get().equals(NEWCOMERS)) {
            return List.of(new OutcomeRow("swemwbs", "total", WEMWBS_ALL.label(), true, 12, 18, 21.5, 3.5, 1.25, 5.75,
                    9, 1, 2));
        }
        if (group.get().equals(FRANCOPHONES)) {
            return List.of(new OutcomeRow("swemwbs", "total", WEMWBS_ALL.label(), true, 4, 20, 23, 3, -1, 7, 3, 0, 1));
        }
        return List.of();
    };

    @TempDir
    Path folder;
    Database database;

    @BeforeEach
    void open() {
        database = TestDatabases.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private FunderReportService service(OutcomeFigures outcomes) {
        return new FunderReportService(database, new ReportRepository(), outcomes,
                new ReportSettings(new SettingsStore(database, TestDatabases.CLOCK)), new Messages(Messages.ENGLISH),
                TestDatabases.CLOCK, () -> "Riverside CHC", TestDatabases.ACCESS);
    }

    @Test
    void outcomes_allClientsThenOnlyTheEquityGroupsLargeEnough() {
        FunderReport report = service(KNOWN).report(Q1);

        assertEquals(List.of("outcomes", "outcomes-newcomer-yes"), report.outcomes().stream().map(ReportTable::id).toList());
        ReportTable all = report.table("outcomes");
        ReportTable.Row wellbeing = all.rows().get(0);
        assertEquals("SWEMWBS wellbeing (higher is better)", wellbeing.label());
        assertEquals(List.of(42.0, 19.5, 22.25, 2.75, 1.9, 3.6, 30 / 42.0),
                wellbeing.cells().stream().map(c -> c.value().orElseThrow()).toList());
        ReportTable.Row loneliness = all.rows().get(1);
        assertTrue(loneliness.cells().get(0).suppressed(), "3 clients show as <5");
        assertTrue(loneliness.cells().subList(1, 7).stream().allMatch(c -> c.value().isEmpty()),
                "no means for a measure with too few clients");
        assertEquals(12.0, report.table("outcomes-newcomer-yes").rows().get(0).cells().get(0).value().orElseThrow());
    }

    @Test
    void outcomesSheet_readsBackWithTheNumbersAndTheirFormats() throws Exception {
        Path out = folder.resolve("outcomes.xlsx");
        service(KNOWN).export(Q1, out, false, p -> { });

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheet("Outcomes");
            Row row = FunderWorkbookTest.find(sheet, "SWEMWBS wellbeing (higher is better)");
            assertEquals(42, row.getCell(1).getNumericCellValue());
            assertEquals(2.75, row.getCell(4).getNumericCellValue());
            assertEquals("0.00", row.getCell(4).getCellStyle().getDataFormatString());
            assertEquals("0.0%", row.getCell(7).getCellStyle().getDataFormatString());
            assertEquals("<5", FunderWorkbookTest.find(sheet, "Loneliness (UCLA-3) (lower is better)").getCell(1)
                    .getStringCellValue());
            String text = FunderWorkbookTest.text(sheet);
            assertTrue(text.contains("Newcomer to Canada (last 5 years) — Yes"));
            assertTrue(!text.contains("Francophone — Yes"), "a group of 4 is not reported");
        }
    }

    @Test
    void noOutcomes_theSheetSaysSo() {
        FunderReport report = service(OutcomeFigures.NONE).report(Q1);
        assertEquals(List.of(), report.outcomes());
        assertEquals(LocalDate.of(2026, 6, 30), report.period().to());
        assertEquals(Optional.empty(), report.outcomes().stream().findFirst());
    }
}
