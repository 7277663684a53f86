package org.linkwell.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linkwell.sampledata.SampleCatalogLoader;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.ui.PageId;
import org.testfx.api.FxRobot;

/** A manager picks fiscal 2026-27 Q1, reads the figures, and exports the workbook with the data sheet. */
class ReportsPageUiTest extends LinkwellUiTest {

    private void loadSampleYear() {
        context.sampleData().loadBundled();
        SampleCatalogLoader.loadBundled(context.exchange());
        context.sampleJourneys().loadBundled();
    }

    @Test
    void chooseFiscalQuarter_seeFigures_exportTheWorkbook(FxRobot robot) throws Exception {
        loadSampleYear();
        robot.clickOn("#nav-reports");
        settle();
        ComboBox<PeriodPreset> preset = robot.lookup("#report-preset").queryComboBox();
        PeriodPreset q1 = preset.getItems().stream().filter(p -> p.label().startsWith("Fiscal 2026-27, Q1"))
                .findFirst().orElseThrow();
        robot.interact(() -> preset.setValue(q1));
        robot.clickOn("#report-show");
        settleFigures(robot);

        assertEquals(LocalDate.of(2026, 4, 1), robot.lookup("#report-from").queryAs(DatePicker.class).getValue());
        assertEquals(LocalDate.of(2026, 6, 30), robot.lookup("#report-to").queryAs(DatePicker.class).getValue());
        long referrals = context.database().read(dsl -> dsl.fetchCount(org.linkwell.db.Tables.REFERRAL,
                org.linkwell.db.Tables.REFERRAL.REFERRED_ON.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30))));
        assertEquals(String.format(java.util.Locale.CANADA, "%,d", referrals), label(robot, "#report-key-0-0"));
        LineChart<?, ?> perMonth = robot.lookup("#report-chart-referrals").queryAs(LineChart.class);
        assertEquals(3, perMonth.getData().get(0).getData().size() + countHiddenMonths(robot));
        BarChart<?, ?> byCategory = robot.lookup("#report-chart-category").queryAs(BarChart.class);
        assertFalse(byCategory.getData().get(0).getData().isEmpty());
        assertTrue(robot.lookup("#report-outcomes-none").tryQuery().isPresent());
        assertTrue(robot.lookup(".report-suppressed").queryAll().stream()
                .allMatch(node -> ((Label) node).getText().equals("<5")), "hidden counts read <5");

        Path out = folder.resolve("exports/q1.xlsx");
        List<String> suggested = new ArrayList<>();
        ReportsPage page = window.shell().page(PageId.REPORTS);
        page.useSaveTarget(name -> {
            suggested.add(name);
            return Optional.of(out);
        });
        robot.clickOn("#report-with-data");
        robot.clickOn("#report-export");
        settle();

        assertEquals(List.of("funder-report-2026-04-01-to-2026-06-30.xlsx"), suggested);
        assertTrue(label(robot, "#report-status").startsWith("Workbook saved: "), label(robot, "#report-status"));
        assertEquals(1.0, robot.lookup("#report-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress());
        assertTrue(Files.size(out) > 10_000);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertTrue(workbook.getSheet("Data").getLastRowNum() > 100);
            assertEquals((double) referrals, workbook.getSheet("Summary").getRow(5).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void datesTheWrongWayRound_sayWhatIsWrong(FxRobot robot) {
        robot.clickOn("#nav-reports");
        settle();
        robot.interact(() -> {
            robot.lookup("#report-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 6, 30));
            robot.lookup("#report-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 4, 1));
        });
        robot.clickOn("#report-show");
        settle();
        assertEquals("The period ends before it starts: choose a \"To\" date on or after the \"From\" date.",
                label(robot, "#report-problem"));
        assertEquals("Other dates", robot.lookup("#report-preset").queryComboBox().getValue().toString());
    }

    @Test
    void threshold_setInSettings_isKeptInTheDataFileAndUsedByTheReport(FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle();
        javafx.scene.control.Spinner<Integer> threshold = robot.lookup("#settings-suppression").query();
        robot.interact(() -> threshold.getValueFactory().setValue(10));
        settle();

        assertEquals(10, context.reports().settings().suppression().threshold());
        robot.clickOn("#nav-reports");
        settle();
        assertTrue(robot.lookup(".help-text").queryAll().stream().anyMatch(node -> node instanceof Label l
                && l.getText().contains("Counts from 1 to 9 show as <10")));
    }

    /** The figures come a table per frame after the background work: wait until the last one is shown. */
    private void settleFigures(FxRobot robot) throws java.util.concurrent.TimeoutException {
        settle();
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#report-show").queryButton().isDisabled());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static int countHiddenMonths(FxRobot robot) {
        int hidden = 0;
        for (int month = 0; month < 3; month++) {
            if (label(robot, "#report-trend-" + month + "-0").equals("<5")) {
                hidden++;
            }
        }
        return hidden;
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
