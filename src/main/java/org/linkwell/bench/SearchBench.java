package org.linkwell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.SearchQuery;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.sampledata.SampleDataGenerator;

/**
 * Fills a temporary database with synthetic clients, then times the same queries through
 * ClientService.search and through the bare FTS5 index. The database is deleted afterwards.
 */
final class SearchBench {
    static final int BATCH = 5_000;
    static final int LIMIT = 50;
    private static final int SAMPLES = 1_000;

    record Settings(int clients, long seed, int queries, boolean encrypted) {
    }

    record Report(Settings settings, double generateSeconds, double insertSeconds, Latencies service,
                  Latencies bare, double meanResults, Map<BenchQueries.Kind, Latencies> serviceByKind) {
    }

    private record Filled(List<Client> samples, double generateSeconds, double insertSeconds) {
    }

    private final ClientRepository repository = new ClientRepository();
    private final Clock clock;

    SearchBench(Clock clock) {
        this.clock = clock;
    }

    Report run(Settings settings) throws IOException {
        Path folder = Files.createTempDirectory("linkwell-bench-");
        try (Database database = Database.open(folder.resolve("bench.db"), settings.encrypted()
                ? java.util.Optional.of(org.linkwell.core.DatabaseKey.generate()) : java.util.Optional.empty())) {
            Filled filled = fill(database, settings);
            ClientService service = new ClientService(database, repository, new Audit(clock, () -> "bench"), clock,
                    org.linkwell.core.Access.everything("bench"));
            BareFtsSearch bare = new BareFtsSearch(database);
            measure(service, bare, new BenchQueries(filled.samples(), settings.seed() + 1).build(settings.queries()));
            List<BenchQueries.Query> queries = new BenchQueries(filled.samples(), settings.seed()).build(settings.queries());
            return measure(service, bare, queries).report(settings, filled);
        } finally {
            BenchFolders.deleteAll(folder);
        }
    }

    /** The fast fill: one transaction, batches of 5,000, and no audit rows (this database is thrown away). */
    private Filled fill(Database database, Settings settings) {
        SampleDataGenerator generator = new SampleDataGenerator(settings.seed(), LocalDate.now(clock));
        int every = Math.max(1, settings.clients() / SAMPLES);
        List<Client> samples = new ArrayList<>();
        long[] nanos = new long[2];
        database.run(tx -> {
            Iterator<Client> clients = generator.clients(settings.clients()).iterator();
            while (clients.hasNext()) {
                long start = System.nanoTime();
                List<Client> batch = new ArrayList<>(BATCH);
                while (clients.hasNext() && batch.size() < BATCH) {
                    batch.add(clients.next());
                }
                long generated = System.nanoTime();
                repository.insertAll(tx, batch, clock.instant());
                nanos[0] += generated - start;
                nanos[1] += System.nanoTime() - generated;
                for (int i = 0; i < batch.size(); i += every) {
                    samples.add(batch.get(i));
                }
            }
        });
        return new Filled(samples, nanos[0] / 1e9, nanos[1] / 1e9);
    }

    private record Timings(List<BenchQueries.Query> queries, long[] service, long[] bare, long results) {
        Report report(Settings settings, Filled filled) {
            return new Report(settings, filled.generateSeconds(), filled.insertSeconds(), Latencies.of(service),
                    Latencies.of(bare), results / (double) service.length, byKind());
        }

        private Map<BenchQueries.Kind, Latencies> byKind() {
            Map<BenchQueries.Kind, Latencies> byKind = new EnumMap<>(BenchQueries.Kind.class);
            for (BenchQueries.Kind kind : BenchQueries.Kind.values()) {
                long[] nanos = IntStream.range(0, queries.size()).filter(i -> queries.get(i).kind() == kind)
                        .mapToLong(i -> service[i]).toArray();
                if (nanos.length > 0) {
                    byKind.put(kind, Latencies.of(nanos));
                }
            }
            return byKind;
        }
    }

    /** Runs each query through both paths, taking turns at going first so neither gets the warmer cache. */
    private static Timings measure(ClientService service, BareFtsSearch bare, List<BenchQueries.Query> queries) {
        long[] serviceNanos = new long[queries.size()];
        long[] bareNanos = new long[queries.size()];
        long results = 0;
        for (int i = 0; i < queries.size(); i++) {
            String text = queries.get(i).text();
            String match = SearchQuery.toMatch(text).orElseThrow();
            if (i % 2 == 0) {
                results += timeService(service, text, serviceNanos, i);
                timeBare(bare, match, bareNanos, i);
            } else {
                timeBare(bare, match, bareNanos, i);
                results += timeService(service, text, serviceNanos, i);
            }
        }
        return new Timings(queries, serviceNanos, bareNanos, results);
    }

    private static int timeService(ClientService service, String text, long[] nanos, int index) {
        long start = System.nanoTime();
        int found = service.search(text, StatusFilter.ALL, LIMIT).size();
        nanos[index] = System.nanoTime() - start;
        return found;
    }

    private static void timeBare(BareFtsSearch bare, String match, long[] nanos, int index) {
        long start = System.nanoTime();
        bare.ids(match);
        nanos[index] = System.nanoTime() - start;
    }
}
