package org.linkwell.reports.ui;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.linkwell.core.Messages;
import org.linkwell.reports.FunderReport;
import org.linkwell.reports.ReportTable;

/**
 * Two charts above the tables: social prescriptions by category, referrals per month. Suppressed
 * counts are left out of the charts, exactly as they are hidden in the tables.
 */
final class ReportCharts {
    private ReportCharts() {
    }

    static Node of(FunderReport report, Messages messages) {
        NumberAxis count = new NumberAxis();
        count.setLabel(messages.get("report.ui.chart.count"));
        count.setMinorTickVisible(false);
        CategoryAxis categories = new CategoryAxis();
        BarChart<Number, String> byCategory = new BarChart<>(count, categories);
        byCategory.setId("report-chart-category");
        byCategory.setTitle(messages.get("report.ui.chart.category"));
        byCategory.setLegendVisible(false);
        byCategory.setAnimated(false);
        XYChart.Series<Number, String> bars = new XYChart.Series<>();
        ReportTable table = report.table("byCategory");
        for (int i = table.rows().size() - 1; i >= 0; i--) {
            ReportTable.Row row = table.rows().get(i);
            ReportTable.Cell cell = row.cells().get(0);
            if (!cell.suppressed() && cell.value().orElse(0) > 0) {
                bars.getData().add(new XYChart.Data<>(cell.value().getAsDouble(), row.label()));
            }
        }
        byCategory.getData().add(bars);
        org.linkwell.ui.ChartPoints.describe(byCategory, messages);

        NumberAxis referrals = new NumberAxis();
        referrals.setMinorTickVisible(false);
        LineChart<String, Number> perMonth = new LineChart<>(new CategoryAxis(), referrals);
        perMonth.setId("report-chart-referrals");
        perMonth.setTitle(messages.get("report.ui.chart.referrals"));
        perMonth.setLegendVisible(false);
        perMonth.setAnimated(false);
        XYChart.Series<String, Number> line = new XYChart.Series<>();
        for (ReportTable.Row row : report.trend().rows()) {
            ReportTable.Cell cell = row.cells().get(0);
            if (!cell.suppressed() && cell.value().isPresent()) {
                line.getData().add(new XYChart.Data<>(row.label(), cell.value().getAsDouble()));
            }
        }
        perMonth.getData().add(line);
        org.linkwell.ui.ChartPoints.describe(perMonth, messages);
        byCategory.setPrefHeight(340);
        perMonth.setPrefHeight(340);
        HBox.setHgrow(byCategory, Priority.ALWAYS);
        HBox.setHgrow(perMonth, Priority.ALWAYS);
        byCategory.setMinWidth(0);
        perMonth.setMinWidth(0);
        return new HBox(16, byCategory, perMonth);
    }
}
