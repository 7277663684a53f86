package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.linkwell.sampledata.SampleCatalogLoader;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

/** At 150 % text on a 1280 px window nothing a worker reads is cut: worklist rows, the navigation, the report's bars. */
class LargeTextUiTest extends LinkwellUiTest {

    private TextZoom zoom;

    /** The primary stage outlives this test: put its text back to normal for the tests after it. */
    @org.junit.jupiter.api.AfterEach
    void normalText() {
        if (zoom != null) {
            javafx.stage.Window stage = window.shell().root().getScene().getWindow();
            javafx.application.Platform.runLater(() -> new TextZoom(p -> { }).install(stage, TextZoom.NORMAL));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void largeText(FxRobot robot, int percent) {
        context.sampleData().loadBundled();
        SampleCatalogLoader.loadBundled(context.exchange());
        context.sampleJourneys().loadBundled();
        zoom = new TextZoom(p -> { });
        robot.interact(() -> zoom.install(window.shell().root().getScene().getWindow(), percent));
        robot.interact(() -> zoom.restore(percent));
        settle();
        robot.sleep(200);
        settle();
    }

    @Test
    void at150_everyWorklistRowShowsItsWholeText(FxRobot robot) {
        largeText(robot, 150);
        robot.clickOn("#nav-clients");
        robot.clickOn("#nav-dashboard");
        settle();
        List<String> cut = new ArrayList<>();
        int rows = 0;
        for (String id : List.of("#dashboard-unassigned", "#dashboard-followups", "#dashboard-waiting",
                "#dashboard-surveys-due")) {
            for (Node node : robot.lookup(id + " .list-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.isVisible() && cell.getText() != null && !cell.getText().isBlank()) {
                    rows++;
                    Text shown = (Text) cell.getGraphic();
                    double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
                    if (!shown.getText().equals(cell.getText()) || shown.getLayoutBounds().getHeight() > room + 1
                            || shown.getWrappingWidth() > cell.getWidth()) {
                        cut.add(id + ": '" + shown.getText() + "' " + shown.getLayoutBounds() + " in " + cell.getWidth()
                                + " x " + room);
                    }
                }
            }
        }
        assertTrue(rows > 5, "the sample clinic fills the worklists: " + rows);
        assertEquals(List.of(), cut, "worklist rows cut at 150 %");
    }

    @Test
    void at150_theClientListShowsWholeChartNumbersDatesAndPhones(FxRobot robot) {
        largeText(robot, 150);
        robot.clickOn("#nav-clients");
        settle();
        List<String> cut = new ArrayList<>();
        int cells = 0;
        for (Node node : robot.lookup("#client-table .table-cell").queryAll()) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) node;
            boolean nameColumn = cell.getTableView().getColumns().indexOf(cell.getTableColumn()) == 0;
            if (nameColumn || !cell.isVisible() || cell.getText() == null || cell.getText().isBlank()) {
                continue;  // a long name may end in "…" (the editor shows it whole); the other columns have fixed forms
            }
            cells++;
            Node text = cell.lookup(".text");
            if (text instanceof Text shown && !shown.getText().equals(cell.getText())) {
                cut.add("'" + cell.getText() + "' shown as '" + shown.getText() + "'");
            }
        }
        assertTrue(cells > 20, "the sample clinic fills the list: " + cells);
        assertEquals(List.of(), cut, "client list cells cut at 150 %");
    }

    @Test
    void at150_theNavigationShowsIcons_andKeepsItsNamesForScreenReaders(FxRobot robot) {
        largeText(robot, 150);
        ToggleButton clients = robot.lookup("#nav-clients").query();
        assertEquals(ContentDisplay.GRAPHIC_ONLY, clients.getContentDisplay());
        assertFalse(clients.getText().isBlank());
        assertEquals(clients.getText(), clients.getTooltip().getText());
        assertTrue(clients.getParent().getLayoutBounds().getWidth() < 100, "the page gets the room");
    }

    @Test
    void at150_theReportsCategoryChart_drawsEveryBar(FxRobot robot) throws Exception {
        largeText(robot, 150);
        robot.clickOn("#nav-reports");
        settle();
        robot.interact(() -> robot.lookup("#report-show").queryButton().fire());
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#report-show").queryButton().isDisabled()
                        && robot.lookup("#report-chart-category").tryQuery().isPresent());
        settle();
        BarChart<?, ?> chart = robot.lookup("#report-chart-category").queryAs(BarChart.class);
        List<? extends XYChart.Data<?, ?>> bars = chart.getData().get(0).getData();
        assertTrue(bars.size() >= 5, "the sample year has categories: " + bars.size());
        for (XYChart.Data<?, ?> bar : bars) {
            Bounds box = bar.getNode().getBoundsInParent();
            assertTrue(box.getWidth() > 1 && box.getHeight() > 1, bar.getYValue() + " has no bar: " + box);
            assertTrue(bar.getNode().getAccessibleText().contains(
                    robot.lookup("#report-chart-category").queryAs(BarChart.class).getTitle()));
        }
        assertTrue(chart.getWidth() > 600, "the chart gets the page's width: " + chart.getWidth());
    }
}
