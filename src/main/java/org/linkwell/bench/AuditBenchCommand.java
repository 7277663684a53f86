package org.linkwell.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.linkwell.app.AppContext;
import org.linkwell.audit.AuditPage;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code linkwell bench audit}: the audit viewer's questions on a big log (temporary database, deleted after). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Time the audit viewer (who looked at a client, what a person did, a random sample) on a "
                + "temporary database with a big audit log.")
final class AuditBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--rows", paramLabel = "N", defaultValue = "200000",
            description = "Audit rows in the log (default: ${DEFAULT-VALUE}).")
    int rows;
    @Option(names = "--clients", paramLabel = "N", defaultValue = "2000",
            description = "Clients the rows are about (default: ${DEFAULT-VALUE}).")
    int clients;
    @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
            description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (rows < 1 || rows > 20_000_000 || clients < 1 || clients > 1_000_000 || queries < 1) {
            spec.commandLine().getErr().println("--rows must be 1 to 20000000, --clients 1 to 1000000, --queries 1+.");
            return 2;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("linkwell-audit-bench");
            Clock clock = Clock.systemDefaultZone();
            try (AppContext context = AppContext.open(folder.resolve("bench.db"), clock)) {
                context.session().startTrustedJob(Access.everything("bench"));
                long start = System.nanoTime();
                List<Long> ids = fill(context, clock);
                out.printf(Locale.ROOT, "Filled %,d clients and %,d audit rows in %.1f s%n", ids.size(), rows,
                        (System.nanoTime() - start) / 1e9);
                Random random = new Random(7);
                LocalDate today = LocalDate.now(clock);
                long[] byClient = time(() -> context.auditViewer().forClient(ids.get(random.nextInt(ids.size())), 0));
                long[] byPerson = time(() -> context.auditViewer().forActor("user" + random.nextInt(20),
                        today.minusDays(30), today, 0));
                long[] sample = time(() -> context.auditViewer().sample(today.minusDays(365), today, 50,
                        random.nextLong()));
                AuditPage one = context.auditViewer().forClient(ids.get(0), 0);
                report(out, "who looked at a client (first page of " + one.total() + " rows)", byClient);
                report(out, "what a person did in 30 days (first page)", byPerson);
                report(out, "a random sample of 50 in a year", sample);
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("The benchmark could not use a temporary folder: " + e.getMessage());
            return 1;
        } finally {
            delete(folder);
        }
    }

    private List<Long> fill(AppContext context, Clock clock) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            org.linkwell.clients.Client blank = org.linkwell.clients.Client.blank();
            org.linkwell.clients.Client.Identity who = new org.linkwell.clients.Client.Identity("B-" + i, "Client" + i,
                    "Bench", "", "", java.util.Optional.empty(), "", org.linkwell.clients.Language.ENGLISH, "");
            ids.add(context.clients().create(new org.linkwell.clients.Client(0, 0, who, blank.contact(),
                    blank.consent(), blank.strengths(), List.of(), List.of(), blank.equity(), blank.closure())).id());
        }
        Random random = new Random(11);
        int perActor = Math.max(1, rows / 20);
        for (int a = 0; a < 20 && a * perActor < rows; a++) {
            String actor = "user" + a;
            Audit audit = new Audit(clock, () -> actor);
            List<Audit.Entry> entries = new ArrayList<>(perActor);
            for (int r = 0; r < perActor; r++) {
                entries.add(new Audit.Entry(r % 10 == 0 ? Audit.Action.UPDATE : Audit.Action.VIEW, "client",
                        ids.get(random.nextInt(ids.size()))));
            }
            context.database().run(tx -> audit.recordAll(tx, entries));
        }
        return ids;
    }

    private long[] time(Runnable query) {
        for (int i = 0; i < Math.min(20, queries); i++) {
            query.run();
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            BenchFolders.deleteAll(folder);
        } catch (UncheckedIOException e) {
            // A leftover temporary folder of invented data is harmless.
        }
    }

    private static void report(PrintWriter out, String what, long[] nanos) {
        Latencies l = Latencies.of(nanos);
        out.printf(Locale.ROOT, "%-58s p50 %7.2f ms   p95 %7.2f ms%n", what, l.p50Millis(), l.p95Millis());
    }
}
