package org.linkwell.reports.ui;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.reports.FunderReport;
import org.linkwell.reports.ReportTable;

/**
 * Two charts above the tables, one under the other: social prescriptions by category, referrals per month. Suppressed
 * counts are left out of the charts, exactly as they are hidden in the tables.
 */
final class ReportCharts {
    /** Longest category name shown whole on the axis, in characters. */
    static final int LONGEST = 30;

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
        java.util.Map<String, String> fullNames = new java.util.HashMap<>();
        ReportTable table = report.table("byCategory");
        for (int i = table.rows().size() - 1; i >= 0; i--) {
            ReportTable.Row row = table.rows().get(i);
            ReportTable.Cell cell = row.cells().get(0);
            if (!cell.suppressed() && cell.value().orElse(0) > 0) {
                String label = shortened(row.label(), fullNames);
                fullNames.put(label, row.label());
                bars.getData().add(new XYChart.Data<>(cell.value().getAsDouble(), label));
            }
        }
        byCategory.getData().add(bars);
        org.linkwell.ui.ChartPoints.describe(byCategory, messages);
        for (XYChart.Data<Number, String> bar : bars.getData()) {
            // The axis may shorten a long category name; the bar tells it in full.
            String full = messages.get("chart.point", byCategory.getTitle(), fullNames.get(bar.getYValue()),
                    java.text.NumberFormat.getNumberInstance(messages.locale()).format(bar.getXValue()));
            bar.getNode().setAccessibleText(full);
            javafx.scene.control.Tooltip.install(bar.getNode(), new javafx.scene.control.Tooltip(full));
        }

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
        // One above the other, each the page's width, the bars' chart as tall as its rows in text lines: with
        // large text side by side, the category names left no room for the bars.
        String height = String.format(java.util.Locale.ROOT, "%.1fem", 6 + 2.2 * Math.max(3, bars.getData().size()));
        byCategory.setStyle("-fx-pref-height: " + height + "; -fx-min-height: " + height + ";");
        perMonth.setStyle("-fx-pref-height: 22em; -fx-min-height: 16em;");
        return new VBox(16, byCategory, perMonth);
    }

    /** A category name longer than {@link #LONGEST} characters, cut to end in "…" (kept whole if that cut is taken). */
    static String shortened(String name, java.util.Map<String, String> taken) {
        if (name.length() <= LONGEST) {
            return name;
        }
        String cut = name.substring(0, LONGEST - 1).strip() + "…";
        return taken.containsKey(cut) ? name : cut;
    }
}
