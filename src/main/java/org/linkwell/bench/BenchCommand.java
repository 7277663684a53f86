package org.linkwell.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code linkwell bench search}: measurements, run by hand; never part of the test suite. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure how fast Linkwell is on this machine.",
        subcommands = {BenchCommand.Search.class, ReportBenchCommand.class, AuditBenchCommand.class})
public final class BenchCommand implements Runnable {
    static final int MAX_CLIENTS = 5_000_000;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to measure: search or report.");
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Time client search on a temporary database of synthetic clients (deleted afterwards).")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--clients", paramLabel = "N", defaultValue = "100000",
                description = "Clients in the temporary database (default: ${DEFAULT-VALUE}).")
        int clients;
        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7",
                description = "Seed for the clients and the queries (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--queries", paramLabel = "N", defaultValue = "400",
                description = "Timed queries, after as many warm-up queries (default: ${DEFAULT-VALUE}).")
        int queries;
        @Option(names = "--encrypted", description = "Encrypt the temporary database as Linkwell encrypts a data file.")
        boolean encrypted;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (clients < 1 || clients > MAX_CLIENTS) {
                err.printf("--clients must be from 1 to %d, not %d.%n", MAX_CLIENTS, clients);
                return 2;
            }
            if (queries < 1 || queries > 100_000) {
                err.printf("--queries must be from 1 to 100000, not %d.%n", queries);
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Filling a temporary%s database with %,d synthetic clients (seed %d)...%n",
                    encrypted ? " encrypted" : "", clients, seed);
            out.flush();
            try {
                SearchBench.Report report = new SearchBench(Clock.systemDefaultZone())
                        .run(new SearchBench.Settings(clients, seed, queries, encrypted));
                BenchReportPrinter.print(report, out);
                return 0;
            } catch (IOException | UncheckedIOException e) {
                err.println("The benchmark could not use a temporary folder: " + e.getMessage());
                return 1;
            }
        }
    }
}
