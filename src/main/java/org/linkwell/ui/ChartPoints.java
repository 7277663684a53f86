package org.linkwell.ui;

import java.text.NumberFormat;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import org.linkwell.core.Messages;

/**
 * What a screen reader says for each point or bar of a chart, in the user's language. JavaFX's own words
 * ("X Axis is ... Y Axis is ...") exist only in English; this replaces them with "series — category: value".
 */
public final class ChartPoints {
    private ChartPoints() {
    }

    /** Call once the chart holds its data (JavaFX makes the points' nodes as the series are added). */
    public static void describe(XYChart<?, ?> chart, Messages messages) {
        NumberFormat numbers = NumberFormat.getNumberInstance(messages.locale());
        String role = messages.get(chart instanceof BarChart<?, ?> ? "chart.role.bar" : "chart.role.point");
        for (XYChart.Series<?, ?> series : chart.getData()) {
            String name = series.getName() != null && !series.getName().isBlank() ? series.getName()
                    : chart.getTitle() == null ? "" : chart.getTitle();
            for (XYChart.Data<?, ?> data : series.getData()) {
                Node node = data.getNode();
                if (node == null) {
                    continue;
                }
                boolean valueIsX = data.getXValue() instanceof Number && !(data.getYValue() instanceof Number);
                Object category = valueIsX ? data.getYValue() : data.getXValue();
                Object value = valueIsX ? data.getXValue() : data.getYValue();
                node.accessibleTextProperty().unbind();
                node.setAccessibleText(messages.get("chart.point", name, text(category, numbers), text(value, numbers)));
                node.setAccessibleRoleDescription(role);
            }
        }
    }

    private static String text(Object value, NumberFormat numbers) {
        return value instanceof Number number ? numbers.format(number) : String.valueOf(value);
    }
}
