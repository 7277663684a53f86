package org.linkwell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.app.BackupCommands;
import org.linkwell.app.PrintCommand;
import org.linkwell.app.ProgramsCommand;
import org.linkwell.app.ReportCommand;
import org.linkwell.app.SetupCommand;
import org.linkwell.bench.BenchCommand;
import org.linkwell.core.AppPaths;
import org.linkwell.sampledata.SampleDataCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point. Without a subcommand it opens the desktop app; subcommands run headless.
 * It must not extend javafx.application.Application (see the STACK notes on java -jar).
 */
@Command(name = "linkwell", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Linkwell: social prescribing case manager for a Community Health Centre.",
        subcommands = {SampleDataCommand.class, ProgramsCommand.class, PrintCommand.class, BenchCommand.class,
                ReportCommand.class, BackupCommands.Backup.class, BackupCommands.Restore.class,
                SetupCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "The SQLite data file (default: LINKWELL_DB, else the per-user data folder).")
    Path db;

    /** A file the desktop opened Linkwell with, e.g. a double-clicked backup (the installers associate them). */
    @Parameters(arity = "0..1", paramLabel = "FILE", hidden = true)
    Path openedFile;

    public static void main(String[] args) {
        System.setProperty("linkwell.logdir", AppPaths.logFolder().toString());
        int exit = commandLine().execute(args);
        if (exit != 0 || args.length > 0) {
            System.exit(exit);
        }
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new org.linkwell.app.HeadlessErrors());
    }

    /** The data file chosen by --db, LINKWELL_DB or the default. */
    public Path databaseFile() {
        return AppPaths.databaseFile(Optional.ofNullable(db));
    }

    @Override
    public Integer call() {
        if (openedFile != null) {
            org.slf4j.LoggerFactory.getLogger(Main.class).info("started with a file to open ({} file)",
                    openedFile.toString().endsWith("." + AppPaths.BACKUP_EXTENSION) ? "backup" : "other");
        }
        org.linkwell.app.DesktopLauncher.launch(databaseFile());
        return 0;
    }
}
