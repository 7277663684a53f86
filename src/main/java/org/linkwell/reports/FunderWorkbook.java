package org.linkwell.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linkwell.core.Messages;

/**
 * Writes a {@link FunderReport} as an .xlsx workbook: a streaming SXSSF workbook for the Data sheet, which keeps
 * only a window of rows in memory however many prescriptions it lists, around a full XSSF one for the small sheets
 * and their charts (which only the full model can hold).
 */
final class FunderWorkbook {
    /** Rows the streaming Data sheet keeps in memory. */
    static final int WINDOW = 200;

    /** What was written: the file, the report it shows, how many cells in all and how many data rows. */
    record Written(Path file, FunderReport report, long cells, long dataRows) {
    }

    /** Streams the de-identified rows into the given consumer (runs the query). */
    interface DataRows extends Consumer<Consumer<ReportFacts.DataRow>> {
    }

    private final Messages messages;
    private final ZoneId zone;

    FunderWorkbook(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /**
     * The Data sheet (if any) is streamed first, so that {@code report} (the figures) can still be in the making on
     * another thread meanwhile; the small sheets are added after it and put in front. progress: 0 to 1.
     */
    Written write(Supplier<FunderReport> report, ReportPeriod period, Path out, Optional<DataRows> data,
                  DoubleConsumer progress) {
        XSSFWorkbook template = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(template);
        // Sheets created on the template from here on stay whole XSSF sheets (they can hold charts); the Data sheet,
        // created through the streaming workbook, keeps only a window of rows in memory.
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, WINDOW);
        try {
            long dataRows = 0;
            long cells = 0;
            double dataShare = data.isPresent() ? 0.8 : 0;
            if (data.isPresent()) {
                SXSSFSheet sheet = workbook.createSheet(sheetName("data"));
                DataSheetWriter rows = new DataSheetWriter(messages, styles, zone);
                rows.header(sheet);
                dataRows = rows.rows(sheet, period, data.get(), done -> progress.accept(dataShare * done));
                cells = rows.cells();
            }
            FunderReport figures = report.get();
            progress.accept(dataShare + 0.1 * (1 - dataShare));
            long smallCells = smallSheets(template, styles, figures, data.isPresent());
            if (data.isPresent()) {
                template.setSheetOrder(sheetName("data"), template.getNumberOfSheets() - 2);
            }
            template.setActiveSheet(0);
            template.setSelectedTab(0);
            save(workbook, out);
            progress.accept(1.0);
            return new Written(out, figures, cells + smallCells, dataRows);
        } finally {
            workbook.dispose();
        }
    }

    /** Summary, Trend, Demographics, Outcomes, Programs and About; returns how many cells they hold. */
    private long smallSheets(XSSFWorkbook template, WorkbookStyles styles, FunderReport report, boolean withData) {
        TableWriter writer = new TableWriter(styles, report.suppression());
        String subtitle = messages.get("report.subtitle", report.chcName(), messages.date(report.period().from()),
                messages.date(report.period().to()));
        tablesSheet(template, writer, "summary", subtitle, report.summary());
        trendSheet(template, writer, subtitle, report.trend());
        tablesSheet(template, writer, "demographics", subtitle, report.demographics());
        Sheet outcomes = tablesSheet(template, writer, "outcomes", subtitle, report.outcomes());
        if (report.outcomes().isEmpty()) {
            writer.text(outcomes.createRow(3), 0, messages.get("report.outcomes.none")).setCellStyle(styles.wrapped);
        }
        tablesSheet(template, writer, "programs", subtitle, report.programs());
        new AboutSheet(messages, writer, styles, zone).write(template.createSheet(sheetName("about")), report, subtitle,
                withData);
        return writer.cells();
    }

    private Sheet tablesSheet(XSSFWorkbook workbook, TableWriter writer, String name, String subtitle,
                              List<ReportTable> tables) {
        XSSFSheet sheet = workbook.createSheet(sheetName(name));
        int row = writer.heading(sheet, messages.get("report.sheetTitle." + name), subtitle);
        for (ReportTable table : tables) {
            row = writer.write(sheet, row, table, true);
        }
        sheet.createFreezePane(0, 2);
        return sheet;
    }

    private void trendSheet(XSSFWorkbook workbook, TableWriter writer, String subtitle, ReportTable trend) {
        XSSFSheet sheet = workbook.createSheet(sheetName("trend"));
        int header = writer.heading(sheet, messages.get("report.sheetTitle.trend"), subtitle);
        writer.write(sheet, header, trend, false);
        sheet.createFreezePane(1, header + 1);
        TrendCharts.add(sheet, trend, header + 1, messages.get("report.chart.bar"), messages.get("report.chart.line"));
    }

    String sheetName(String id) {
        return messages.get("report.sheet." + id);
    }

    /** Written beside the target first, so a failure never leaves half a workbook under the chosen name. */
    private static void save(SXSSFWorkbook workbook, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".linkwell-report-", ".xlsx.part");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    workbook.write(stream);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The About sheet: period, CHC, when and by which version, the suppression rule, every definition. */
    private record AboutSheet(Messages messages, TableWriter writer, WorkbookStyles styles, ZoneId zone) {
        void write(Sheet sheet, FunderReport report, String subtitle, boolean withData) {
            int r = writer.heading(sheet, messages.get("report.sheetTitle.about"), subtitle);
            sheet.setColumnWidth(1, 100 * 256);
            r = fact(sheet, r, "chc", report.chcName());
            Row from = sheet.createRow(r++);
            writer.text(from, 0, messages.get("report.about.from")).setCellStyle(styles.label);
            writer.date(from, 1, report.period().from());
            Row to = sheet.createRow(r++);
            writer.text(to, 0, messages.get("report.about.to")).setCellStyle(styles.label);
            writer.date(to, 1, report.period().to());
            Row made = sheet.createRow(r++);
            writer.text(made, 0, messages.get("report.about.madeAt")).setCellStyle(styles.label);
            made.createCell(1).setCellValue(java.time.LocalDateTime.ofInstant(report.madeAt(), zone));
            made.getCell(1).setCellStyle(styles.dateTime);
            r = fact(sheet, r, "version", "Linkwell " + report.version());
            r = fact(sheet, r, "suppression", messages.get("report.about.suppressionRule",
                    report.suppression().threshold() - 1, report.suppression().marker()));
            r = fact(sheet, r, "data", messages.get(withData ? "report.about.data.yes" : "report.about.data.no"));
            r++;
            writer.text(sheet.createRow(r++), 0, messages.get("report.about.definitions")).setCellStyle(styles.tableTitle);
            Row header = sheet.createRow(r++);
            writer.text(header, 0, messages.get("report.col.figure")).setCellStyle(styles.header);
            writer.text(header, 1, messages.get("report.col.definition")).setCellStyle(styles.header);
            for (FunderReport.Definition d : report.definitions()) {
                Row row = sheet.createRow(r++);
                writer.text(row, 0, d.figure()).setCellStyle(styles.label);
                writer.text(row, 1, d.meaning()).setCellStyle(styles.wrapped);
            }
            sheet.createFreezePane(0, 2);
        }

        private int fact(Sheet sheet, int r, String key, String value) {
            Row row = sheet.createRow(r);
            writer.text(row, 0, messages.get("report.about." + key)).setCellStyle(styles.label);
            writer.text(row, 1, value).setCellStyle(styles.wrapped);
            return r + 1;
        }
    }
}
