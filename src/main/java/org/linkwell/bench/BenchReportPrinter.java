package org.linkwell.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a search benchmark report for people to read. */
final class BenchReportPrinter {
    static final double GOAL_P95_MILLIS = 30;

    private BenchReportPrinter() {
    }

    static void print(SearchBench.Report report, PrintWriter out) {
        SearchBench.Settings settings = report.settings();
        String kinds = Arrays.stream(BenchQueries.Kind.values()).map(kind -> kind.label)
                .collect(Collectors.joining(", "));
        line(out, "Generated %,d clients in %.2f s; inserted them in %.2f s (one transaction, batches of %,d).",
                settings.clients(), report.generateSeconds(), report.insertSeconds(), SearchBench.BATCH);
        line(out, "No audit rows were written: this database is for the benchmark only and is now deleted.");
        line(out, "Queries: %,d timed after %,d warm-up, taking turns: %s.", settings.queries(), settings.queries(), kinds);
        line(out, "ClientService.search returned %.1f clients per query on average (limit %d).", report.meanResults(),
                SearchBench.LIMIT);
        line(out, "");
        line(out, "%-30s %9s %9s", "", "p50 ms", "p95 ms");
        row(out, "ClientService.search", report.service().p50Millis(), report.service().p95Millis());
        row(out, "bare FTS5 MATCH (JDBC)", report.bare().p50Millis(), report.bare().p95Millis());
        line(out, "%-30s %8.2fx %8.2fx", "ratio service / bare", ratio(report.service().p50Millis(),
                report.bare().p50Millis()), ratio(report.service().p95Millis(), report.bare().p95Millis()));
        line(out, "");
        line(out, "ClientService.search by kind of query (p50 / p95 ms):");
        report.serviceByKind().forEach((kind, latencies) -> line(out, "  %-28s %6.2f / %6.2f", kind.label,
                latencies.p50Millis(), latencies.p95Millis()));
        line(out, "");
        boolean met = report.service().p95Millis() < GOAL_P95_MILLIS;
        line(out, "Goal p95 < %.0f ms for ClientService.search: %s (%.2f ms).", GOAL_P95_MILLIS, met ? "met" : "NOT met",
                report.service().p95Millis());
        out.flush();
    }

    private static void row(PrintWriter out, String label, double p50, double p95) {
        line(out, "%-30s %9.2f %9.2f", label, p50, p95);
    }

    private static double ratio(double service, double bare) {
        return bare == 0 ? Double.NaN : service / bare;
    }

    private static void line(PrintWriter out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
