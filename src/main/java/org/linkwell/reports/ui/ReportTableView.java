package org.linkwell.reports.ui;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.reports.ReportTable;

/** One report table on screen: the same rows, numbers and "<5" markers as the workbook. */
final class ReportTableView {
    private ReportTableView() {
    }

    static VBox of(ReportTable table, String suppressedMarker, Locale locale) {
        GridPane grid = new GridPane();
        grid.setId("report-table-" + table.id());
        grid.getStyleClass().add("report-table");
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(220);
        labels.setPrefWidth(340);
        grid.getColumnConstraints().add(labels);
        for (int c = 1; c < table.headers().size(); c++) {
            ColumnConstraints numbers = new ColumnConstraints();
            numbers.setHalignment(HPos.RIGHT);
            numbers.setMinWidth(80);
            grid.getColumnConstraints().add(numbers);
        }
        for (int c = 0; c < table.headers().size(); c++) {
            Label header = new Label(table.headers().get(c));
            header.getStyleClass().add("report-header");
            header.setWrapText(true);
            grid.add(header, c, 0);
        }
        int r = 1;
        for (ReportTable.Row row : table.allRows()) {
            boolean total = table.total().isPresent() && row == table.total().get();
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.getStyleClass().add(total ? "report-total" : "report-label");
            grid.add(label, 0, r);
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(text(row.cells().get(c), suppressedMarker, locale));
                cell.setId("report-" + table.id() + "-" + (r - 1) + "-" + c);
                cell.getStyleClass().add(row.cells().get(c).suppressed() ? "report-suppressed" : "report-number");
                if (total) {
                    cell.getStyleClass().add("report-total");
                }
                grid.add(cell, c + 1, r);
            }
            r++;
        }
        Label title = new Label(table.title());
        title.getStyleClass().add("card-title");
        VBox box = new VBox(8, title, grid);
        box.getStyleClass().add("form-section");
        return box;
    }

    static String text(ReportTable.Cell cell, String suppressedMarker, Locale locale) {
        if (cell.suppressed()) {
            return suppressedMarker;
        }
        if (cell.value().isEmpty()) {
            return "–";
        }
        double value = cell.value().getAsDouble();
        NumberFormat format = switch (cell.kind()) {
            case COUNT, NUMBER -> NumberFormat.getIntegerInstance(locale);
            case PERCENT -> NumberFormat.getPercentInstance(locale);
            case DAYS, HOURS -> NumberFormat.getNumberInstance(locale);
            case DECIMAL -> NumberFormat.getNumberInstance(locale);
        };
        if (cell.kind() == ReportTable.Kind.PERCENT || cell.kind() == ReportTable.Kind.DAYS
                || cell.kind() == ReportTable.Kind.HOURS) {
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
        } else if (cell.kind() == ReportTable.Kind.DECIMAL) {
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
        }
        return format.format(value);
    }
}
