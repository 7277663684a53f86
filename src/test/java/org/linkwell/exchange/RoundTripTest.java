package org.linkwell.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.programs.CatalogUpdate;

/** Export, then import into an empty data file: the same catalog (database ids aside). */
class RoundTripTest {
    @TempDir
    Path folder;

    @Test
    void hsds_exportThenImport_givesTheSameCatalog() throws IOException {
        Path hsds = folder.resolve("hsds");
        List<Object> original;
        try (ExchangeFixture source = new ExchangeFixture(folder.resolve("source"))) {
            source.saveRichCatalog();
            original = ExchangeFixture.comparable(source.programs.catalog());
            source.exchange.exportHsds(hsds);
        }

        try (ExchangeFixture target = new ExchangeFixture(folder.resolve("target"))) {
            ImportPreview preview = target.exchange.previewHsds(hsds);
            CatalogUpdate.Result result = target.exchange.apply(preview, false);
            CatalogUpdate.Result again = target.exchange.apply(target.exchange.previewHsds(hsds), false);

            assertEquals(List.of(), preview.problems());
            assertEquals(new CatalogUpdate.Result(3, 0, 3, 0), result);
            assertEquals(new CatalogUpdate.Result(0, 3, 0, 3), again);
            assertEquals(original, ExchangeFixture.comparable(target.programs.catalog()));
        }
    }

    @Test
    void hsds_packageListsEveryTableWithItsFields_andOurChcAsAnOrganization() throws IOException {
        Path hsds = folder.resolve("hsds");
        try (ExchangeFixture source = new ExchangeFixture(folder.resolve("source"))) {
            source.saveRichCatalog();
            source.exchange.exportHsds(hsds);
        }

        String descriptor = Files.readString(hsds.resolve("datapackage.json"));
        for (String table : List.of("organization", "service", "location", "address", "phone", "schedule", "language",
                "accessibility", "cost_option", "service_at_location", "attribute", "taxonomy_term")) {
            assertTrue(descriptor.contains("\"path\": \"" + table + ".csv\""), table);
            assertTrue(Files.isRegularFile(hsds.resolve(table + ".csv")), table);
        }
        assertTrue(descriptor.contains("{\"name\": \"byday\", \"type\": \"string\"}"), descriptor);
        assertTrue(Files.readString(hsds.resolve("organization.csv")).contains("chc,Seaway Valley CHC"));
        List<String> schedules = Files.readAllLines(hsds.resolve("schedule.csv"));
        assertTrue(schedules.get(0).startsWith("id,service_id,location_id,service_at_location_id,valid_from,valid_to"));
        assertTrue(schedules.stream().anyMatch(line -> line.contains(",WEEKLY,1,\"TU,TH\",")), schedules.toString());
        assertTrue(schedules.stream().anyMatch(line -> line.contains(",MONTHLY,1,2MO,")), schedules.toString());
        assertTrue(schedules.stream().anyMatch(line -> line.contains("(BYMONTH=1,2,3,4,5,6,9,10,11,12)")),
                schedules.toString());
        String services = Files.readString(hsds.resolve("service.csv"));
        assertTrue(services.contains(",inactive,") && services.contains(",defunct,") && services.contains(",active,"));
        assertTrue(services.contains(",2026-03-01,"), services);
    }

    @Test
    void xlsx_exportThenImport_givesTheSameCatalog() throws IOException {
        Path file = folder.resolve("catalog.xlsx");
        List<Object> original;
        try (ExchangeFixture source = new ExchangeFixture(folder.resolve("source"))) {
            source.saveRichCatalog();
            original = ExchangeFixture.comparable(source.programs.catalog());
            source.exchange.exportXlsx(file);
        }

        try (ExchangeFixture target = new ExchangeFixture(folder.resolve("target"))) {
            ImportPreview preview = target.exchange.preview(file);
            CatalogUpdate.Result result = target.exchange.apply(preview, false);

            assertEquals(List.of(), preview.problems());
            assertEquals(new CatalogUpdate.Result(3, 0, 3, 0), result);
            assertEquals(original, ExchangeFixture.comparable(target.programs.catalog()));
        }
    }

    @Test
    void xlsx_isMadeForPeople_boldFrozenHeaderAndRealDates() throws IOException {
        Path file = folder.resolve("catalog.xlsx");
        try (ExchangeFixture source = new ExchangeFixture(folder.resolve("source"))) {
            source.saveRichCatalog();
            source.exchange.exportXlsx(file);
        }

        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            org.apache.poi.ss.usermodel.Sheet programs = workbook.getSheet(XlsxExporter.PROGRAMS_SHEET);
            assertEquals(List.of("Programs", "Organizations"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            assertEquals("id", programs.getRow(0).getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(programs.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, programs.getPaneInformation().getHorizontalSplitPosition());
            int verified = SpreadsheetFields.all().indexOf(SpreadsheetField.LAST_VERIFIED);
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(
                    programs.getRow(3).getCell(verified)), "last_verified is a date cell");
            assertTrue(programs.getColumnWidth(SpreadsheetFields.all().indexOf(SpreadsheetField.DESCRIPTION)) > 20 * 256);
        }
    }
}
