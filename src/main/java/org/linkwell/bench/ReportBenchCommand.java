package org.linkwell.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code linkwell bench report}: how long the funder workbook takes at scale, against a bare SXSSF write. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Time the funder workbook (with its Data sheet) for a year of synthetic journeys "
                + "(temporary database, deleted afterwards).")
final class ReportBenchCommand implements Callable<Integer> {
    static final double GOAL_RATIO = 1.5;

    @Spec
    CommandSpec spec;
    @Option(names = "--clients", paramLabel = "N", defaultValue = "100000",
            description = "Clients in the temporary database (default: ${DEFAULT-VALUE}).")
    int clients;
    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (clients < 1 || clients > BenchCommand.MAX_CLIENTS) {
            err.printf("--clients must be from 1 to %d, not %d.%n", BenchCommand.MAX_CLIENTS, clients);
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        line(out, "Generating a year of journeys for %,d synthetic clients (seed %d)...", clients, seed);
        out.flush();
        try {
            ReportBench.Report r = new ReportBench(Clock.systemDefaultZone())
                    .run(new ReportBench.Settings(clients, seed), out);
            line(out, "");
            line(out, "Data: %,d referrals in the year; the workbook has %,d cells and %,d Data rows.",
                    r.referrals(), r.cells(), r.dataRows());
            line(out, "%-44s %8.2f s  %s", "funder workbook (figures + all sheets)", r.exportSeconds(),
                    heap(r.exportHeap()));
            line(out, "%-44s %8.2f s", "  figures alone (2nd thread in the export)", r.figuresSeconds());
            line(out, "%-44s %8.2f s  %s", "bare SXSSF write, same number of cells", r.bareSeconds(),
                    heap(r.bareHeap()));
            double ratio = r.exportSeconds() / r.bareSeconds();
            line(out, "%-44s %8.2fx", "ratio workbook / bare", ratio);
            line(out, "CPU time, all threads: workbook %.2f s, bare %.2f s (%.2fx); the workbook uses a second core when "
                    + "one is free, so on a busy machine its clock time nears its CPU time.", r.exportCpuSeconds(),
                    r.bareCpuSeconds(), r.exportCpuSeconds() / r.bareCpuSeconds());
            line(out, "Heap for one quarter (%,d Data rows): %s; for the year (%,d rows): %s.", r.quarterRows(),
                    heap(r.quarterHeap()), r.dataRows(), heap(r.exportHeap()));
            line(out, "(live: the most the heap held right after a garbage collection; peak: counting garbage "
                    + "not yet collected)");
            line(out, "Workbook file: %,d KB. Goal ratio <= %.1fx: %s.", r.fileBytes() >> 10, GOAL_RATIO,
                    ratio <= GOAL_RATIO ? "met" : "NOT met");
            line(out, "All of it ran within a maximum heap of %,d MB (java -Xmx...).", Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("The benchmark could not use a temporary folder: " + e.getMessage());
            return 1;
        }
    }

    private static String heap(HeapWatch.Use use) {
        return String.format(Locale.ROOT, "heap live %,4d MB, peak %,5d MB", use.liveBytes() >> 20,
                use.peakBytes() >> 20);
    }

    private static void line(PrintWriter out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
