package org.linkwell.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linkwell.core.Messages;

/** The audit viewer's answer as a spreadsheet: a bold frozen header, readable widths, times as real dates. */
final class AuditWorkbook {
    private static final String[] HEADERS = {"when", "who", "username", "action", "part", "client", "record",
        "breakGlass"};
    private static final int[] WIDTHS = {18, 28, 16, 24, 22, 34, 10, 14};

    private final Messages messages;
    private final ZoneId zone;

    AuditWorkbook(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    void write(List<AuditEntry> rows, Path out) {
        AuditWords words = new AuditWords(messages);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(messages.get("audit.sheet"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle when = workbook.createCellStyle();
            when.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                top.createCell(c).setCellValue(messages.get("audit.column." + HEADERS[c]));
                top.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (AuditEntry entry : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(entry.at().atZone(zone).toLocalDateTime());
                row.getCell(0).setCellStyle(when);
                row.createCell(1).setCellValue(entry.staffName().orElse(entry.actor()));
                row.createCell(2).setCellValue(entry.actor());
                row.createCell(3).setCellValue(words.action(entry.action()));
                row.createCell(4).setCellValue(words.part(entry.table()));
                row.createCell(5).setCellValue(entry.clientLabel());
                row.createCell(6).setCellValue(entry.recordId());
                row.createCell(7).setCellValue(words.breakGlass(entry.breakGlass()));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
