package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with POI: its sheets, charts and formats, and what the Data sheet never holds. */
class FunderWorkbookTest {
    static final ReportPeriod Q1 = ReportPeriod.fiscalQuarter(2026, 1);
    static SampleYear year;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        year = SampleYear.load();
    }

    @AfterAll
    static void close() {
        year.close();
    }

    @Test
    void export_hasEverySheetFormattedForPeople() throws Exception {
        Path out = folder.resolve("q1.xlsx");
        List<Double> progress = new ArrayList<>();
        FunderReportService.ExportResult result = year.service(OutcomeFigures.NONE).export(Q1, out, true, progress::add);

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            List<String> names = StreamSupport.stream(workbook.spliterator(), false).map(Sheet::getSheetName).toList();
            assertEquals(List.of("Summary", "Trend", "Demographics", "Outcomes", "Programs", "Data", "About"), names);
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(),
                        sheet.getSheetName() + " has frozen header rows");
            }
            Sheet summary = workbook.getSheet("Summary");
            Row referrals = find(summary, "Referrals received");
            assertEquals(CellType.NUMERIC, referrals.getCell(1).getCellType());
            assertEquals("#,##0", referrals.getCell(1).getCellStyle().getDataFormatString());
            assertEquals((double) result.report().table("key").rows().get(0).cells().get(0).value().orElseThrow(),
                    referrals.getCell(1).getNumericCellValue());
            assertEquals("0.0%", find(summary, "Uptake").getCell(1).getCellStyle().getDataFormatString());
            assertTrue(summary.getColumnWidth(0) > 30 * 256, "the label column is wide enough to read");

            XSSFSheet trend = workbook.getSheet("Trend");
            List<XSSFChart> charts = trend.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            assertTrue(charts.get(0).getCTChart().getPlotArea().sizeOfBarChartArray() == 1, "a bar chart");
            assertTrue(charts.get(1).getCTChart().getPlotArea().sizeOfLineChartArray() == 1, "a line chart");
            Cell april = trend.getRow(4).getCell(0);
            assertTrue(DateUtil.isCellDateFormatted(april), "months are real dates");
            assertEquals(java.time.LocalDate.of(2026, 4, 1), april.getLocalDateTimeCellValue().toLocalDate());

            assertEquals("No survey outcomes are recorded for this period yet.",
                    workbook.getSheet("Outcomes").getRow(3).getCell(0).getStringCellValue());
            Sheet about = workbook.getSheet("About");
            assertTrue(DateUtil.isCellDateFormatted(find(about, "Period from").getCell(1)));
            assertTrue(text(about).contains("Linkwell " + org.linkwell.Version.current()));
            assertTrue(text(about).contains("Median days from referral to first contact"));

            Sheet data = workbook.getSheet("Data");
            assertEquals(result.report().table("byStatus").total().orElseThrow().cells().get(0).value().orElseThrow(),
                    (double) data.getLastRowNum());
            assertTrue(DateUtil.isCellDateFormatted(data.getRow(1).getCell(5)), "prescribed on is a date");
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.size() > 10, "progress is reported as the rows are written");
    }

    @Test
    void dataSheet_holdsNoNameChartNumberBirthDateOrNote() throws Exception {
        Path out = folder.resolve("data.xlsx");
        year.service(OutcomeFigures.NONE).export(Q1, out, true, p -> { });
        Set<String> forbidden = new HashSet<>();
        for (Record r : year.rows("SELECT given_name, family_name, chart_number, date_of_birth, street, phone FROM client")) {
            for (int i = 0; i < 6; i++) {
                if (r.get(i) != null) {
                    forbidden.add(r.get(i).toString());
                }
            }
        }
        year.rows("SELECT notes FROM encounter WHERE notes IS NOT NULL UNION SELECT notes FROM social_prescription "
                + "WHERE notes IS NOT NULL UNION SELECT hopes FROM referral WHERE hopes IS NOT NULL "
                + "UNION SELECT status_reason FROM social_prescription WHERE status_reason IS NOT NULL")
                .forEach(r -> forbidden.add(r.get(0).toString()));
        Set<java.time.LocalDate> birthDates = new HashSet<>();
        year.rows("SELECT date_of_birth FROM client WHERE date_of_birth IS NOT NULL")
                .forEach(r -> birthDates.add(java.time.LocalDate.parse(r.get(0).toString())));

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet data = workbook.getSheet("Data");
            DataFormatter formatter = new DataFormatter();
            Set<String> keys = new HashSet<>();
            int checked = 0;
            for (Row row : data) {
                for (Cell cell : row) {
                    String shown = formatter.formatCellValue(cell);
                    assertFalse(forbidden.contains(shown), "the data sheet shows " + shown);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertFalse(birthDates.contains(cell.getLocalDateTimeCellValue().toLocalDate())
                                && cell.getColumnIndex() < 4, "a birth date in column " + cell.getColumnIndex());
                    }
                    checked++;
                }
                if (row.getRowNum() > 0) {
                    keys.add(row.getCell(0).getStringCellValue());
                    assertTrue(row.getCell(0).getStringCellValue().matches("[0-9A-F]{12}"));
                    assertTrue(row.getCell(2).getStringCellValue().matches("[A-Z][0-9][A-Z]|"));
                }
            }
            assertTrue(checked > 1000);
            long clients = year.count("SELECT count(DISTINCT sp.client_id) FROM social_prescription sp JOIN "
                    + "social_prescription_status_change c ON c.social_prescription_id = sp.id AND c.from_status IS NULL "
                    + "WHERE substr(c.changed_at, 1, 10) BETWEEN '2026-04-01' AND '2026-06-30'");
            assertEquals(clients, keys.size(), "one key per client, the same on each of the client's rows");
        }
    }

    @Test
    void clientKeys_differFromOneExportToTheNext_andTheDataSheetIsOffByDefault() throws Exception {
        Path first = folder.resolve("first.xlsx");
        Path second = folder.resolve("second.xlsx");
        year.service(OutcomeFigures.NONE).export(Q1, first, true, p -> { });
        year.service(OutcomeFigures.NONE).export(Q1, second, true, p -> { });
        Path without = folder.resolve("without.xlsx");
        year.service(OutcomeFigures.NONE).export(Q1, without, false, p -> { });
        try (XSSFWorkbook a = new XSSFWorkbook(first.toFile()); XSSFWorkbook b = new XSSFWorkbook(second.toFile());
             XSSFWorkbook c = new XSSFWorkbook(without.toFile())) {
            assertNotEquals(a.getSheet("Data").getRow(1).getCell(0).getStringCellValue(),
                    b.getSheet("Data").getRow(1).getCell(0).getStringCellValue());
            assertEquals(null, c.getSheet("Data"));
            assertEquals(6, c.getNumberOfSheets());
        }
    }

    static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('\n')));
        return all.toString();
    }
}
