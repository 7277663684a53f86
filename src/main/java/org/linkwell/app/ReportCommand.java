package org.linkwell.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.Main;
import org.linkwell.core.Permission;
import org.linkwell.reports.FunderReportService;
import org.linkwell.reports.ReportPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code linkwell report funder}: the quarterly funder workbook, headless. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Make reports.",
        subcommands = ReportCommand.Funder.class)
public final class ReportCommand implements Runnable {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say which report: funder.");
    }

    @Command(name = "funder", mixinStandardHelpOptions = true,
            description = {"Write the funder workbook (Excel) for a period: Summary, Trend, Demographics, Outcomes, "
                    + "Programs, About, and with --with-data a de-identified Data sheet.",
                "Give the period as --from and --to, or as --fiscal-quarter 2026-27:Q1 (or --fiscal-year 2026-27).",
                "It asks who you are (or reads " + HeadlessSignIn.USER + " and " + HeadlessSignIn.PASSWORD
                        + "): reports are for managers."})
    static final class Funder implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period.")
        Optional<LocalDate> from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (included).")
        Optional<LocalDate> to;
        @Option(names = "--fiscal-quarter", paramLabel = "YYYY-YY:QN",
                description = "An Ontario fiscal quarter (the year starts 1 April), e.g. 2026-27:Q1 = April to June 2026.")
        Optional<String> fiscalQuarter;
        @Option(names = "--fiscal-year", paramLabel = "YYYY-YY", description = "A whole fiscal year, e.g. 2026-27.")
        Optional<String> fiscalYear;
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
        Path out;
        @Option(names = "--with-data", description = "Add the de-identified Data sheet (one row per social prescription).")
        boolean withData;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<ReportPeriod> period;
            try {
                period = period(err);
            } catch (IllegalArgumentException e) {
                err.println("The period is not valid: " + e.getMessage() + ".");
                return 2;
            }
            if (period.isEmpty()) {
                return 2;
            }
            try (AppContext context = HeadlessKeys.context(parent.main.databaseFile(), Clock.systemDefaultZone())) {
                if (!HeadlessSignIn.signIn(context, err, Permission.REPORTS)) {
                    return HeadlessSignIn.REFUSED;
                }
                FunderReportService.ExportResult result = context.reports().export(period.get(), out, withData, p -> { });
                spec.commandLine().getOut().printf(Locale.ROOT, "Wrote the funder workbook for %s to %s to %s "
                        + "(%,d cells%s) in %.1f s.%n", period.get().from(), period.get().to(), out,
                        result.cells(), withData ? String.format(Locale.ROOT, ", %,d de-identified data rows",
                                result.dataRows()) : "", result.seconds());
                return 0;
            } catch (UncheckedIOException e) {
                err.printf("Cannot write %s: %s%n", out, e.getCause().getMessage());
                return 1;
            }
        }

        private Optional<ReportPeriod> period(PrintWriter err) {
            int given = (from.isPresent() || to.isPresent() ? 1 : 0) + (fiscalQuarter.isPresent() ? 1 : 0)
                    + (fiscalYear.isPresent() ? 1 : 0);
            if (given != 1) {
                err.println("Give the period one way: --from and --to, --fiscal-quarter, or --fiscal-year.");
                return Optional.empty();
            }
            if (fiscalQuarter.isPresent() || fiscalYear.isPresent()) {
                String text = fiscalQuarter.orElseGet(fiscalYear::get);
                Optional<ReportPeriod> parsed = ReportPeriod.parseFiscal(text)
                        .filter(p -> fiscalQuarter.isPresent() == text.contains(":"));
                if (parsed.isEmpty()) {
                    err.printf("%s is not a fiscal %s: write it like %s.%n", text,
                            fiscalQuarter.isPresent() ? "quarter" : "year",
                            fiscalQuarter.isPresent() ? "2026-27:Q1" : "2026-27");
                }
                return parsed;
            }
            if (from.isEmpty() || to.isEmpty()) {
                err.println("Give both --from and --to.");
                return Optional.empty();
            }
            return Optional.of(new ReportPeriod(from.get(), to.get()));
        }
    }
}
