package org.linkwell.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linkwell.Main;
import org.linkwell.app.AppContext;
import org.linkwell.reports.FunderReportService;
import org.linkwell.reports.ReportPeriod;
import org.linkwell.sampledata.SampleCatalogLoader;

/**
 * A year of synthetic journeys at scale (the sample-data generators), then the funder workbook with
 * its Data sheet, timed beside a bare SXSSF write of as many rows and cells. Temporary; deleted after.
 */
final class ReportBench {
    static final int COLUMNS = 10;

    record Settings(int clients, long seed) {
    }

    record Report(Settings settings, double generateSeconds, double loadSeconds, long referrals, long dataRows,
                  long cells, double exportSeconds, double bareSeconds, HeapWatch.Use exportHeap,
                  HeapWatch.Use bareHeap, HeapWatch.Use quarterHeap, long quarterRows, long fileBytes,
                  double figuresSeconds, double exportCpuSeconds, double bareCpuSeconds) {
    }

    private final Clock clock;

    ReportBench(Clock clock) {
        this.clock = clock;
    }

    Report run(Settings settings, PrintWriter progress) throws IOException {
        Path folder = Files.createTempDirectory("linkwell-report-bench-");
        try {
            LocalDate today = LocalDate.now(clock);
            long start = System.nanoTime();
            int generated = Main.commandLine().setOut(new PrintWriter(new StringWriter()))
                    .execute("sample-data", "generate", "--clients", Integer.toString(settings.clients()), "--seed",
                            Long.toString(settings.seed()), "--as-of", today.toString(), "--out",
                            folder.resolve("csv").toString());
            if (generated != 0) {
                throw new IllegalStateException("the sample-data generator failed");
            }
            double generateSeconds = (System.nanoTime() - start) / 1e9;
            progress.printf("Generated the data in %.1f s; loading it...%n", generateSeconds);
            progress.flush();
            try (AppContext context = AppContext.open(folder.resolve("bench.db"), clock)) {
                // A temporary file of invented people: the benchmark is a trusted job.
                context.session().startTrustedJob(org.linkwell.core.Access.everything("bench"));
                start = System.nanoTime();
                context.sampleData().load(folder.resolve("csv"));
                SampleCatalogLoader.loadBundled(context.exchange());
                context.sampleJourneys().load(folder.resolve("csv"));
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                progress.printf("Loaded it in %.1f s; building workbooks...%n", loadSeconds);
                progress.flush();
                FunderReportService reports = context.reports();
                ReportPeriod year = new ReportPeriod(today.minusYears(1).plusDays(1), today);
                ReportPeriod quarter = ReportPeriod.fiscalQuarter(ReportPeriod.fiscalYearOf(today.minusMonths(3)),
                        1 + (today.minusMonths(3).getMonthValue() + 8) % 12 / 3);
                reports.export(year, folder.resolve("warm-up.xlsx"), true, p -> { });
                FunderReportService.ExportResult small;
                HeapWatch.Use quarterHeap;
                try (HeapWatch heap = new HeapWatch()) {
                    small = reports.export(quarter, folder.resolve("q.xlsx"), true, p -> { });
                    quarterHeap = heap.use();
                }
                FunderReportService.ExportResult result;
                HeapWatch.Use exportHeap;
                double exportCpu;
                try (HeapWatch heap = new HeapWatch()) {
                    long cpu = processCpuNanos();
                    result = reports.export(year, folder.resolve("year.xlsx"), true, p -> { });
                    exportCpu = (processCpuNanos() - cpu) / 1e9;
                    exportHeap = heap.use();
                }
                start = System.nanoTime();
                reports.figures(year);
                double figuresSeconds = (System.nanoTime() - start) / 1e9;
                bare(folder.resolve("warm-up-bare.xlsx"), result.cells());
                double bareSeconds;
                double bareCpu;
                HeapWatch.Use bareHeap;
                try (HeapWatch heap = new HeapWatch()) {
                    long cpu = processCpuNanos();
                    start = System.nanoTime();
                    bare(folder.resolve("bare.xlsx"), result.cells());
                    bareSeconds = (System.nanoTime() - start) / 1e9;
                    bareCpu = (processCpuNanos() - cpu) / 1e9;
                    bareHeap = heap.use();
                }
                return new Report(settings, generateSeconds, loadSeconds,
                        (long) result.report().table("key").rows().get(0).cells().get(0).value().orElse(0), result.dataRows(),
                        result.cells(), result.seconds(), bareSeconds, exportHeap, bareHeap, quarterHeap,
                        small.dataRows(), Files.size(result.file()), figuresSeconds, exportCpu, bareCpu);
            }
        } finally {
            BenchFolders.deleteAll(folder);
        }
    }

    /** CPU time of the whole process (all threads): on a shared machine it varies less than the clock. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The floor: the same number of cells (text and dates, ten to a row) streamed with SXSSF and nothing else. */
    static void bare(Path file, long cells) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet sheet = workbook.createSheet("Data");
            LocalDate day = LocalDate.of(2026, 4, 1);
            long rows = (cells + COLUMNS - 1) / COLUMNS;
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < COLUMNS; c++) {
                    if (c >= 4 && c < 8) {
                        var cell = row.createCell(c);
                        cell.setCellValue(day.plusDays(r % 365));
                        cell.setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue("text " + (r % 97) + " " + c);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
        }
    }
}
