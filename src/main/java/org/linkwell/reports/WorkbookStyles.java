package org.linkwell.reports;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles every sheet shares (a workbook may hold only some 64,000 styles). */
final class WorkbookStyles {
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle tableTitle;
    final CellStyle header;
    final CellStyle label;
    final CellStyle totalLabel;
    final CellStyle suppressed;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle month;
    private final Map<ReportTable.Kind, CellStyle> numbers = new EnumMap<>(ReportTable.Kind.class);
    private final Map<ReportTable.Kind, CellStyle> totals = new EnumMap<>(ReportTable.Kind.class);

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font medium = workbook.createFont();
        medium.setBold(true);
        medium.setFontHeightInPoints((short) 12);
        Font muted = workbook.createFont();
        muted.setItalic(true);
        muted.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(muted);
        tableTitle = workbook.createCellStyle();
        tableTitle.setFont(medium);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = workbook.createCellStyle();
        label.setWrapText(true);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        suppressed = workbook.createCellStyle();
        suppressed.setAlignment(HorizontalAlignment.RIGHT);
        suppressed.setFont(muted);
        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        short dates = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        date = workbook.createCellStyle();
        date.setDataFormat(dates);
        date.setAlignment(HorizontalAlignment.LEFT);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        month = workbook.createCellStyle();
        month.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
        month.setAlignment(HorizontalAlignment.LEFT);
        for (ReportTable.Kind kind : ReportTable.Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format(kind)));
            numbers.put(kind, style);
            CellStyle total = workbook.createCellStyle();
            total.cloneStyleFrom(style);
            total.setFont(bold);
            total.setBorderTop(BorderStyle.THIN);
            totals.put(kind, total);
        }
    }

    CellStyle number(ReportTable.Kind kind, boolean total) {
        return (total ? totals : numbers).get(kind);
    }

    static String format(ReportTable.Kind kind) {
        return switch (kind) {
            case COUNT, NUMBER -> "#,##0";
            case PERCENT -> "0.0%";
            case DAYS, HOURS -> "#,##0.0";
            case DECIMAL -> "0.00";
        };
    }
}
