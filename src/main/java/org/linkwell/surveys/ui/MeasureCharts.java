package org.linkwell.surveys.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.surveys.ClientMeasure;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.ScorePoint;

/** The client's charts: a line chart of each instrument's measures over time, a radar for the Wheel of Life. */
final class MeasureCharts {
    private MeasureCharts() {
    }

    static List<Node> charts(List<ClientMeasure> measures, Function<String, Optional<InstrumentDefinition>> definitions,
                             SurveyTexts texts) {
        Map<String, List<ClientMeasure>> byInstrument = measures.stream().collect(Collectors.groupingBy(
                ClientMeasure::instrumentId, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Node> charts = new ArrayList<>();
        byInstrument.forEach((id, list) -> definitions.apply(id).ifPresent(d ->
                charts.add(d.chart() == InstrumentDefinition.ChartKind.RADAR ? radar(d, list, texts) : line(d, list, texts))));
        return charts;
    }

    private static Node line(InstrumentDefinition d, List<ClientMeasure> measures, SurveyTexts texts) {
        TreeSet<LocalDate> days = new TreeSet<>();
        measures.forEach(m -> m.history().forEach(p -> days.add(p.on())));
        CategoryAxis x = new CategoryAxis();
        x.setCategories(javafx.collections.FXCollections.observableArrayList(
                days.stream().map(texts.messages()::date).toList()));
        double[] range = range(d, measures);
        NumberAxis y = new NumberAxis(range[0], range[1], range[1] - range[0] > 12 ? 5 : 1);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setTitle(texts.shortName(d));
        chart.setAnimated(false);
        chart.setLegendVisible(measures.size() > 1);
        // Room for the legend under a chart of several measures.
        chart.setPrefSize(360, measures.size() > 1 ? 320 : 260);
        chart.setMinHeight(chart.getPrefHeight());
        for (ClientMeasure m : measures) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(texts.text(m.label()));
            for (ScorePoint p : m.history()) {
                series.getData().add(new XYChart.Data<>(texts.messages().date(p.on()), p.value()));
            }
            chart.getData().add(series);
        }
        chart.getStyleClass().add("survey-line-chart");
        org.linkwell.ui.ChartPoints.describe(chart, texts.messages());
        return chart;
    }

    /** The y axis: the scale's possible range, from the definition. */
    private static double[] range(InstrumentDefinition d, List<ClientMeasure> measures) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (ClientMeasure cm : measures) {
            Optional<InstrumentDefinition.Measure> m = d.measure(cm.measureId());
            if (m.isEmpty()) {
                continue;
            }
            int n = m.get().rule() == InstrumentDefinition.Rule.SUM ? m.get().items().size() : 1;
            InstrumentDefinition.Item first = d.item(m.get().items().get(0)).orElseThrow();
            low = Math.min(low, n * first.minValue());
            int top = first.maxValue() > 20 ? (int) Math.max(10, cm.history().stream()
                    .mapToDouble(ScorePoint::value).max().orElse(10) + 2) : first.maxValue();
            high = Math.max(high, n * top);
        }
        return low == Double.MAX_VALUE ? new double[] {0, 10} : new double[] {low, high};
    }

    private static Node radar(InstrumentDefinition d, List<ClientMeasure> measures, SurveyTexts texts) {
        List<InstrumentDefinition.Item> domains = d.items();
        double[] baseline = new double[domains.size()];
        double[] latest = new double[domains.size()];
        boolean twice = false;
        for (int i = 0; i < domains.size(); i++) {
            String id = domains.get(i).id();
            Optional<ClientMeasure> m = measures.stream().filter(cm -> cm.measureId().equals(id)).findFirst();
            baseline[i] = m.flatMap(ClientMeasure::baseline).map(ScorePoint::value).orElse(Double.NaN);
            latest[i] = m.flatMap(ClientMeasure::latest).map(ScorePoint::value).orElse(Double.NaN);
            twice |= m.map(cm -> cm.history().size() > 1).orElse(false);
        }
        List<String> labels = domains.stream().map(item -> texts.text(item.text())).toList();
        WheelChart wheel = new WheelChart(labels, twice ? baseline : null, latest, domains.get(0).maxValue());
        Label title = new Label(texts.shortName(d));
        title.getStyleClass().add("card-title");
        Label first = new Label(texts.messages().get("survey.wheel.baseline"));
        first.getStyleClass().add("wheel-legend-baseline");
        Label last = new Label(texts.messages().get("survey.wheel.latest"));
        last.getStyleClass().add("wheel-legend-latest");
        HBox legend = twice ? new HBox(16, first, last) : new HBox(16, last);
        return new VBox(4, title, wheel, legend);
    }
}
