package org.linkwell.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;

/**
 * Writes the catalog as a workbook in the catalog spreadsheet format, so it can be edited in Excel and
 * imported again: a "Programs" sheet and an "Organizations" sheet, with a bold frozen header, a filter,
 * readable column widths, ages and capacities as numbers, and last_verified as a real date.
 */
public final class XlsxExporter {
    public static final String PROGRAMS_SHEET = "Programs";
    public static final String ORGANIZATIONS_SHEET = "Organizations";
    private static final Set<SpreadsheetField> NUMBERS =
            Set.of(SpreadsheetField.MIN_AGE, SpreadsheetField.MAX_AGE, SpreadsheetField.CAPACITY);
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxExporter() {
    }

    public static void export(Catalog catalog, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writePrograms(workbook.createSheet(PROGRAMS_SHEET), catalog, styles);
            writeOrganizations(workbook.createSheet(ORGANIZATIONS_SHEET), catalog.organizations(), styles);
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writePrograms(XSSFSheet sheet, Catalog catalog, Styles styles) {
        List<SpreadsheetField> fields = SpreadsheetFields.all();
        header(sheet, fields.stream().map(SpreadsheetField::column).toList(), styles);
        ProgramRowFormatter formatter = new ProgramRowFormatter(catalog);
        int r = 1;
        for (Program program : catalog.programs()) {
            Row row = sheet.createRow(r++);
            Map<SpreadsheetField, String> cells = formatter.cells(program);
            for (int c = 0; c < fields.size(); c++) {
                SpreadsheetField field = fields.get(c);
                String text = cells.getOrDefault(field, "");
                Cell cell = row.createCell(c);
                if (text.isEmpty()) {
                    cell.setBlank();
                } else if (NUMBERS.contains(field)) {
                    cell.setCellValue(Integer.parseInt(text));
                } else if (field == SpreadsheetField.LAST_VERIFIED) {
                    cell.setCellValue(LocalDate.parse(text));
                    cell.setCellStyle(styles.date);
                } else {
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.text);
                }
            }
        }
        finish(sheet, fields.size(), r);
    }

    private static void writeOrganizations(XSSFSheet sheet, List<PartnerOrganization> organizations, Styles styles) {
        header(sheet, OrganizationSheets.COLUMNS, styles);
        int r = 1;
        for (PartnerOrganization o : organizations) {
            List<String> values = List.of(o.externalId(), o.name(), o.description(), o.phone(), o.email(), o.website(),
                    o.street(), o.city(), o.province(), o.postalCode(), o.contactPerson(), o.notes(),
                    ProgramRowFormatter.yesNo(o.active()));
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values.get(c));
                cell.setCellStyle(styles.text);
            }
        }
        finish(sheet, OrganizationSheets.COLUMNS.size(), r);
    }

    private static void header(XSSFSheet sheet, List<String> names, Styles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Widths from the longest text in each column (autoSizeColumn needs fonts a server may not have). */
    private static void finish(XSSFSheet sheet, int columns, int rows) {
        for (int c = 0; c < columns; c++) {
            int longest = 8;
            for (int r = 0; r < rows; r++) {
                Row row = sheet.getRow(r);
                Cell cell = row == null ? null : row.getCell(c);
                if (cell != null) {
                    longest = Math.max(longest, XlsxFiles.text(cell).length() + (r == 0 ? 3 : 1));
                }
            }
            sheet.setColumnWidth(c, Math.min(longest, MAX_WIDTH_CHARS) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    /** The few cell styles the sheets share (a workbook holds a limited number of styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
