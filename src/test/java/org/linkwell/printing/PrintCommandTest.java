package org.linkwell.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.clients.Language;
import org.linkwell.core.Messages;
import picocli.CommandLine;

/** {@code linkwell print prescription} writes the documents headless. */
class PrintCommandTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void printPrescription_writesEachKindForTheChartNumber() throws IOException {
        new PrintingFixture(folder, Language.FRENCH).context.close();
        String db = folder.resolve("printing.db").toString();
        Path client = folder.resolve("client.pdf");
        Path chart = folder.resolve("chart.pdf");
        Path emr = folder.resolve("emr.txt");

        assertEquals(0, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--out", client.toString()),
                err.toString());
        assertEquals(0, run("--db", db, "print", "prescription", "--client", "chc-4242", "--kind", "chart-copy",
                "--out", chart.toString()), err.toString());
        assertEquals(0, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--kind", "emr-text",
                "--out", emr.toString()), err.toString());

        assertTrue(Files.readString(client, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String clientText = PrintingFixture.text(Files.readAllBytes(client));
        assertTrue(clientText.contains("Votre prescription sociale") && clientText.contains("Mimi Côté"), clientText);
        String chartText = PrintingFixture.text(Files.readAllBytes(chart));
        assertTrue(chartText.contains(new Messages(Messages.ENGLISH).get("printing.mark.chart"))
                || chartText.contains(new Messages(Messages.FRENCH).get("printing.mark.chart")), chartText);
        assertTrue(Files.readString(emr).contains("CHC-4242"));
        assertTrue(out.toString().contains("Wrote "), out.toString());
    }

    @Test
    void printPrescription_explainsAnUnknownChartNumberOrKind() {
        new PrintingFixture(folder, Language.ENGLISH).context.close();
        String db = folder.resolve("printing.db").toString();

        assertEquals(1, run("--db", db, "print", "prescription", "--client", "NOPE-1", "--out",
                folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("No client has the chart number NOPE-1."), err.toString());
        assertEquals(2, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--kind", "poster", "--out",
                folder.resolve("x.pdf").toString()));
        assertEquals(1, run("--db", db, "print", "prescription", "--client", "CHC-4242", "--kind",
                "prescriber-letter", "--out", folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("There is no completed or closed referral to report on yet."), err.toString());
    }
}
