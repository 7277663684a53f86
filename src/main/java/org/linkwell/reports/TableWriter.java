package org.linkwell.reports;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes report tables onto a sheet, one under the other, numbers as numbers with their formats. */
final class TableWriter {
    static final int LABEL_WIDTH = 46;
    static final int NUMBER_WIDTH = 15;

    private final WorkbookStyles styles;
    private final String suppressedMarker;
    private long cells;

    TableWriter(WorkbookStyles styles, Suppression suppression) {
        this.styles = styles;
        this.suppressedMarker = suppression.marker();
    }

    /** Sheet title and the period on the first two rows; returns the next free row. */
    int heading(Sheet sheet, String title, String subtitle) {
        text(sheet.createRow(0), 0, title).setCellStyle(styles.title);
        text(sheet.createRow(1), 0, subtitle).setCellStyle(styles.subtitle);
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        return 3;
    }

    /** Writes the table from {@code at}; returns the row after it plus a blank line. */
    int write(Sheet sheet, int at, ReportTable table, boolean withTitle) {
        int r = at;
        if (withTitle) {
            text(sheet.createRow(r++), 0, table.title()).setCellStyle(styles.tableTitle);
        }
        Row header = sheet.createRow(r++);
        header.setHeightInPoints(32);
        for (int c = 0; c < table.headers().size(); c++) {
            text(header, c, table.headers().get(c)).setCellStyle(styles.header);
            if (c > 0 && sheet.getColumnWidth(c) < NUMBER_WIDTH * 256) {
                sheet.setColumnWidth(c, NUMBER_WIDTH * 256);
            }
        }
        for (ReportTable.Row row : table.rows()) {
            writeRow(sheet.createRow(r++), row, false);
        }
        if (table.total().isPresent()) {
            writeRow(sheet.createRow(r++), table.total().get(), true);
        }
        return r + 1;
    }

    private void writeRow(Row target, ReportTable.Row row, boolean total) {
        if (row.month().isPresent() && !total) {
            Cell month = target.createCell(0);
            month.setCellValue(row.month().get().atDay(1));
            month.setCellStyle(styles.month);
            cells++;
        } else {
            text(target, 0, row.label()).setCellStyle(total ? styles.totalLabel : styles.label);
        }
        for (int c = 0; c < row.cells().size(); c++) {
            ReportTable.Cell value = row.cells().get(c);
            if (value.suppressed()) {
                text(target, c + 1, suppressedMarker).setCellStyle(styles.suppressed);
            } else if (value.value().isPresent()) {
                Cell cell = target.createCell(c + 1);
                cell.setCellValue(value.value().getAsDouble());
                cell.setCellStyle(styles.number(value.kind(), total));
                cells++;
            }
        }
    }

    Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cells++;
        return cell;
    }

    Cell date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
        cells++;
        return cell;
    }

    long cells() {
        return cells;
    }
}
