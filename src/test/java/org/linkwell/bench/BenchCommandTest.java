package org.linkwell.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.linkwell.Main;
import picocli.CommandLine;

/** The benchmark command runs and reports; its figures are never asserted (they depend on the machine). */
class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void benchSearch_reportsBothPathsAndTheGoal_andDeletesItsDatabase() throws IOException {
        long before = benchFolders();

        int exit = run("bench", "search", "--clients", "400", "--queries", "24", "--seed", "3");

        assertEquals(0, exit, err.toString());
        String report = out.toString();
        assertTrue(report.contains("Generated 400 clients in "), report);
        assertTrue(report.contains("No audit rows were written"), report);
        assertTrue(report.matches("(?s).*ClientService\\.search\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d.*"), report);
        assertTrue(report.matches("(?s).*bare FTS5 MATCH \\(JDBC\\)\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d.*"), report);
        assertTrue(report.contains("ratio service / bare"), report);
        assertTrue(report.contains("Goal p95 < 30 ms for ClientService.search: "), report);
        assertEquals(before, benchFolders());
    }

    @Test
    void benchReport_printsBothTimes_theRatio_andTheHeap_andDeletesItsFolder() throws IOException {
        long before = benchFolders("linkwell-report-bench-");

        int exit = run("bench", "report", "--clients", "150", "--seed", "3");

        assertEquals(0, exit, err.toString());
        String report = out.toString();
        assertTrue(report.matches("(?s).*funder workbook \\(figures \\+ all sheets\\)\\s+\\d+\\.\\d\\d s  heap live\\s+[\\d,]+ MB, "
                + "peak\\s+[\\d,]+ MB.*"), report);
        assertTrue(report.matches("(?s).*bare SXSSF write, same number of cells\\s+\\d+\\.\\d\\d s.*"), report);
        assertTrue(report.matches("(?s).*ratio workbook / bare\\s+\\d+\\.\\d\\dx.*"), report);
        assertTrue(report.contains("Heap for one quarter ("), report);
        assertTrue(report.contains("Goal ratio <= 1.5x: "), report);
        assertEquals(before, benchFolders("linkwell-report-bench-"));
    }

    @Test
    void benchSearch_refusesZeroClients_withOneLine() {
        int exit = run("bench", "search", "--clients", "0");

        assertEquals(2, exit);
        assertEquals(List.of("--clients must be from 1 to 5000000, not 0."), err.toString().lines().toList());
    }

    @Test
    void latencies_useNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }

        assertEquals(new Latencies(50.0, 95.0), Latencies.of(nanos));
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static long benchFolders() throws IOException {
        return benchFolders("linkwell-bench-");
    }

    private static long benchFolders(String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
