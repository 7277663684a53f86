package org.linkwell.surveys.ui;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A radar chart for the Wheel of Life (JavaFX has none): one spoke per life domain from 0 at the centre to the
 * scale's top at the rim, the baseline as a dashed grey polygon and the latest survey as a green one.
 */
final class WheelChart extends Pane {
    private static final double SIZE = 360;
    private static final double RADIUS = 120;

    /** labels: the domains; baseline/latest: a score per domain (NaN where unanswered); max: the scale's top. */
    WheelChart(List<String> labels, double[] baseline, double[] latest, double max) {
        setId("wheel-chart");
        setPrefSize(SIZE, SIZE);
        setMinSize(SIZE, SIZE);
        double c = SIZE / 2;
        for (int ring = 1; ring <= 5; ring++) {
            Circle circle = new Circle(c, c, RADIUS * ring / 5);
            circle.getStyleClass().add("wheel-grid");
            getChildren().add(circle);
        }
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            double[] end = point(c, i, n, 1);
            Line spoke = new Line(c, c, end[0], end[1]);
            spoke.getStyleClass().add("wheel-grid");
            getChildren().add(spoke);
            double[] at = point(c, i, n, 1.22);
            Text label = new Text(labels.get(i));
            label.getStyleClass().add("wheel-axis-label");
            label.setWrappingWidth(96);
            label.setTextAlignment(TextAlignment.CENTER);
            label.setX(at[0] - 48);
            label.setY(at[1]);
            getChildren().add(label);
        }
        if (baseline != null) {
            getChildren().add(polygon(baseline, max, c, "wheel-baseline"));
        }
        if (latest != null) {
            getChildren().add(polygon(latest, max, c, "wheel-latest"));
        }
    }

    private static Polygon polygon(double[] values, double max, double c, String style) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < values.length; i++) {
            double share = Double.isNaN(values[i]) ? 0 : Math.max(0, Math.min(1, values[i] / max));
            double[] p = point(c, i, values.length, share);
            polygon.getPoints().addAll(p[0], p[1]);
        }
        polygon.getStyleClass().add(style);
        return polygon;
    }

    /** Spoke i of n (the first straight up, then clockwise) at {@code share} of the radius. */
    private static double[] point(double c, int i, int n, double share) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {c + Math.cos(angle) * RADIUS * share, c + Math.sin(angle) * RADIUS * share};
    }
}
