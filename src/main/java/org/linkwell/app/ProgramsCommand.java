package org.linkwell.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.Main;
import org.linkwell.exchange.CatalogExchangeService;
import org.linkwell.exchange.ImportPreview;
import org.linkwell.exchange.ImportProblem;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.CatalogUpdate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code linkwell programs import|export}: the program catalog in and out, headless. It lives in the
 * composition root because it builds the services itself (the catalog import needs the client interests).
 */
@Command(name = "programs", mixinStandardHelpOptions = true,
        description = "Import or export the program catalog (CSV, XLSX, Open Referral HSDS).",
        subcommands = {ProgramsCommand.Import.class, ProgramsCommand.Export.class})
public final class ProgramsCommand implements Runnable {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: import or export.");
    }

    /** The catalog holds no one's personal data: these commands run as a trusted job that may touch it only. */
    AppContext open() {
        AppContext context = HeadlessKeys.context(main.databaseFile(), Clock.systemDefaultZone());
        context.session().startTrustedJob(org.linkwell.core.Access.only(System.getProperty("user.name", "local"),
                org.linkwell.core.Permission.CATALOG_READ, org.linkwell.core.Permission.CATALOG_EDIT));
        return context;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import programs from a CSV or XLSX file (one row per program, see "
                    + "docs/catalog-spreadsheet.md) or from a folder of Open Referral HSDS CSV files.",
                "Nothing is saved when there is a problem, unless --skip-bad-rows. Importing the same file again "
                    + "updates the programs it holds."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ProgramsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PATH", description = "A .csv or .xlsx file, or an HSDS folder.")
        Path path;
        @Option(names = "--skip-bad-rows", description = "Import the good rows and leave out the rows with problems.")
        boolean skipBadRows;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (AppContext context = parent.open()) {
                CatalogExchangeService exchange = context.exchange();
                ImportPreview preview = exchange.preview(path);
                preview.problems().stream().map(ImportProblem::englishText).forEach(err::println);
                if (preview.hasProblems() && !(skipBadRows && preview.canSkipBadRows())) {
                    err.println(preview.canSkipBadRows()
                            ? "Nothing was imported. Fix the problems above, or import only the good rows with "
                                    + "--skip-bad-rows."
                            : "Nothing was imported. Fix the problems above and import again.");
                    return 1;
                }
                CatalogUpdate.Result result = exchange.apply(preview, skipBadRows);
                if (preview.hasProblems()) {
                    err.printf("Left out %d %s with problems.%n", preview.badRows().size(),
                            plural(preview.badRows().size(), "row"));
                }
                out.printf("Imported %s: %d %s added, %d updated; %d partner %s added, %d updated.%n",
                        path.getFileName(), result.programsCreated(), plural(result.programsCreated(), "program"),
                        result.programsUpdated(), result.organizationsCreated(),
                        plural(result.organizationsCreated(), "organisation"), result.organizationsUpdated());
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the whole program catalog as an Open Referral HSDS folder or an Excel workbook.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ProgramsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", required = true, paramLabel = "hsds|xlsx",
                description = "hsds: a folder of HSDS 3.0 CSV files with datapackage.json; xlsx: one workbook in the "
                        + "catalog spreadsheet format.")
        String format;
        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "The folder (hsds) or the .xlsx file (xlsx) to write.")
        Path out;
        @Option(names = "--chc-name", paramLabel = "NAME",
                description = "Our CHC's name, for the organisation that runs our own programs (hsds).")
        Optional<String> chcName;

        @Override
        public Integer call() {
            String kind = format.strip().toLowerCase(Locale.ROOT);
            if (!kind.equals("hsds") && !kind.equals("xlsx")) {
                spec.commandLine().getErr().printf("--format must be hsds or xlsx, not %s.%n", format);
                return 2;
            }
            try (AppContext context = parent.open()) {
                if (kind.equals("hsds")) {
                    chcName.ifPresentOrElse(name -> context.exchange().exportHsds(out, name),
                            () -> context.exchange().exportHsds(out));
                } else {
                    context.exchange().exportXlsx(out);
                }
                Catalog catalog = context.programs().catalog();
                spec.commandLine().getOut().printf("Exported %d %s and %d partner %s to %s (%s).%n",
                        catalog.programs().size(), plural(catalog.programs().size(), "program"),
                        catalog.organizations().size(), plural(catalog.organizations().size(), "organisation"), out,
                        kind.equals("hsds") ? "Open Referral HSDS 3.0" : "Excel workbook");
                return 0;
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().printf("Cannot write %s: %s%n", out, e.getCause().getMessage());
                return 1;
            }
        }
    }

    static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
