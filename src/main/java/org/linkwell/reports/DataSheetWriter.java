package org.linkwell.reports;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.linkwell.core.Messages;

/**
 * The optional Data sheet, streamed row by row: one de-identified row per social prescription.
 * No name, chart number, birth date, address or note ever reaches it; only the age band and the
 * forward sortation area (first three characters of the postal code).
 */
final class DataSheetWriter {
    static final List<String> COLUMNS = List.of("clientKey", "ageBand", "fsa", "category", "referredOn",
            "prescribedOn", "startedOn", "endedOn", "status", "referralStatus");

    private final Messages messages;
    private final WorkbookStyles styles;
    private final ZoneId zone;
    private long cells;

    DataSheetWriter(Messages messages, WorkbookStyles styles, ZoneId zone) {
        this.messages = messages;
        this.styles = styles;
        this.zone = zone;
    }

    void header(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(messages.get("report.data." + COLUMNS.get(c)));
            cell.setCellStyle(styles.header);
            cells++;
            sheet.setColumnWidth(c, (c == 3 ? 40 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * Writes each row the repository streams; returns how many. The query runs on a second thread ({@link ReadAhead}),
     * which also turns each fact into the cells' values, so this thread only writes cells. progress: 0 to 1, by how
     * far into the period the rows (oldest first) have come, in steps of at least 1%.
     */
    long rows(Sheet sheet, ReportPeriod period, Consumer<Consumer<ReportFacts.DataRow>> source,
              DoubleConsumer progress) {
        DataLine.Maker maker = new DataLine.Maker(messages, period.to(), zone);
        double first = DataLine.excelDay(period.from());
        double days = DataLine.excelDay(period.to()) - first + 1;
        double[] shown = {0};
        long[] written = {0};
        ReadAhead.<DataLine>rows(each -> source.accept(fact -> each.accept(maker.line(fact))), line -> {
            Row row = sheet.createRow((int) ++written[0]);
            text(row, 0, line.clientKey());
            text(row, 1, line.ageBand());
            text(row, 2, line.fsa());
            text(row, 3, line.category());
            date(row, 4, line.referredOn());
            date(row, 5, line.prescribedOn());
            date(row, 6, line.startedOn());
            date(row, 7, line.endedOn());
            text(row, 8, line.status());
            if (line.referralStatus() != null) {
                text(row, 9, line.referralStatus());
            }
            double done = Math.min(1, (line.prescribedOn() - first + 1) / days);
            if (done >= shown[0] + 0.01) {
                shown[0] = done;
                progress.accept(done);
            }
        });
        progress.accept(1);
        return written[0];
    }

    /**
     * With the workbook's default style set, not left empty: SXSSF looks an unstyled cell's style up in the column
     * definitions of the sheet (the column widths), an XML search per cell that took a third of the export.
     */
    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.plain);
        cells++;
    }

    /** Dates go in as Excel day numbers already (see {@link DataLine}); none: no cell. */
    private void date(Row row, int column, double day) {
        if (!Double.isNaN(day)) {
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
            cells++;
        }
    }

    /** Cells written so far, the header's included. */
    long cells() {
        return cells;
    }

    static String fsa(Optional<String> postalCode) {
        StringBuilder compact = new StringBuilder(3);
        String code = postalCode.orElse("");
        for (int i = 0; i < code.length() && compact.length() < 3; i++) {
            if (!Character.isWhitespace(code.charAt(i))) {
                compact.append(Character.toUpperCase(code.charAt(i)));
            }
        }
        return compact.length() == 3 ? compact.toString() : "";
    }
}
