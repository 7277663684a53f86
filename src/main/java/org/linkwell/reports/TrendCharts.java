package org.linkwell.reports;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts beside the Trend table: a bar chart of referrals and social prescriptions,
 * a line chart of new clients and encounters. The series point at the table's cells; a suppressed
 * month has no value in the chart either.
 */
final class TrendCharts {
    private static final PresetColor[] COLOURS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE};

    private TrendCharts() {
    }

    private static XDDFShapeProperties look(ChartTypes type, PresetColor colour) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(colour));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        if (type == ChartTypes.BAR) {
            shape.setFillProperties(fill);
        } else {
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(fill);
            line.setWidth(2.25);
            shape.setLineProperties(line);
        }
        return shape;
    }

    /** firstDataRow: the sheet row of the table's first month. */
    static void add(XSSFSheet sheet, ReportTable trend, int firstDataRow, String barTitle, String lineTitle) {
        if (trend.rows().isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int left = trend.headers().size() + 1;
        XSSFChart bar = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, 3, left + 9, 21));
        plot(bar, ChartTypes.BAR, barTitle, sheet, trend, firstDataRow, List.of(1, 3));
        XSSFChart line = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, 22, left + 9, 40));
        plot(line, ChartTypes.LINE, lineTitle, sheet, trend, firstDataRow, List.of(2, 4));
    }

    private static void plot(XSSFChart chart, ChartTypes type, String title, XSSFSheet sheet, ReportTable trend,
                             int firstDataRow, List<Integer> columns) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        String[] labels = trend.rows().stream().map(ReportTable.Row::label).toArray(String[]::new);
        int lastDataRow = firstDataRow + labels.length - 1;
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(labels,
                new CellRangeAddress(firstDataRow, lastDataRow, 0, 0).formatAsString(sheet.getSheetName(), true));
        XDDFChartData data = chart.createData(type, months, counts);
        int colour = 0;
        for (int column : columns) {
            Double[] values = trend.rows().stream().map(r -> r.cells().get(column - 1))
                    .map(c -> c.value().isPresent() ? c.value().getAsDouble() : null).toArray(Double[]::new);
            String range = new CellRangeAddress(firstDataRow, lastDataRow, column, column)
                    .formatAsString(sheet.getSheetName(), true);
            XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromArray(values, range);
            XDDFChartData.Series s = data.addSeries(categories, series);
            s.setTitle(trend.headers().get(column), null);
            // Explicit colours: Excel has defaults, LibreOffice draws series without them as invisible.
            s.setShapeProperties(look(type, COLOURS[colour++ % COLOURS.length]));
            if (s instanceof XDDFLineChartData.Series lineSeries) {
                lineSeries.setMarkerStyle(MarkerStyle.CIRCLE);
                lineSeries.setSmooth(false);
            }
        }
        if (data instanceof XDDFBarChartData barData) {
            barData.setBarDirection(BarDirection.COL);
            barData.setVaryColors(false);
        }
        if (data instanceof XDDFLineChartData lineData) {
            // Required by the schema (POI leaves it out): Excel repairs a line chart without it.
            lineData.setGrouping(Grouping.STANDARD);
            lineData.setVaryColors(false);
        }
        chart.plot(data);
    }
}
