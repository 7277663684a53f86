package org.linkwell.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.Main;
import org.linkwell.core.BackupException;
import org.linkwell.core.BackupFiles;
import org.linkwell.core.Backups;
import org.linkwell.core.DamagedDatabaseException;
import org.linkwell.core.Messages;
import org.linkwell.core.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code linkwell backup} and {@code linkwell restore}: the data file's copies, headless. */
public final class BackupCommands {
    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Copy the data file while it may be in use (SQLite online backup) and check the copy.",
                "Without --out the copy goes to the backup folder set in Settings, which keeps the newest "
                        + Backups.KEEP + ".",
                "A backup holds everyone's record: it asks for an administrator's username and password (or reads "
                        + HeadlessSignIn.USER + " and " + HeadlessSignIn.PASSWORD + ")."})
    public static final class Backup implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the backup.")
        Optional<Path> out;

        @Override
        public Integer call() {
            try (AppContext context = HeadlessKeys.context(main.databaseFile(), Clock.systemDefaultZone())) {
                if (!HeadlessSignIn.signIn(context, spec.commandLine().getErr(), Permission.ADMINISTRATION)) {
                    return HeadlessSignIn.REFUSED;
                }
                Path written;
                if (out.isPresent()) {
                    context.backups().backupTo(out.get());
                    written = out.get();
                } else {
                    written = context.backups().backupNow();
                }
                spec.commandLine().getOut().printf("Backup written and checked: %s%n", written);
                return 0;
            } catch (BackupException | DamagedDatabaseException e) {
                spec.commandLine().getErr().println(explain(e));
                return 1;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Put a backup in place of the data file. The backup is checked first, and the current "
                    + "data is kept as a backup of its own before anything is replaced.",
                "Close Linkwell on this data file before restoring. On a data file with logins it asks for an "
                        + "administrator's username and password (or reads " + HeadlessSignIn.USER + " and "
                        + HeadlessSignIn.PASSWORD + ")."})
    public static final class Restore implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The backup to restore.")
        Path backup;

        @Override
        public Integer call() {
            Path databaseFile = main.databaseFile();
            try {
                if (!mayRestore(databaseFile)) {
                    return HeadlessSignIn.REFUSED;
                }
                Path safety = BackupFiles.restore(backup, databaseFile, Backups.defaultFolder(databaseFile),
                        Clock.systemDefaultZone(), HeadlessKeys.forRestore(databaseFile, backup));
                spec.commandLine().getOut().printf("Restored %s into %s.%nThe data it replaced is kept in %s.%n",
                        backup, databaseFile, safety);
                return 0;
            } catch (BackupException | DamagedDatabaseException e) {
                spec.commandLine().getErr().println(explain(e));
                return 1;
            }
        }

        /** The data it replaces is read as a backup of its own: only an administrator of that file may replace it. */
        private boolean mayRestore(Path databaseFile) {
            if (!java.nio.file.Files.exists(databaseFile)) {
                return true;
            }
            try (AppContext context = HeadlessKeys.context(databaseFile, Clock.systemDefaultZone())) {
                return context.signIn().needsFirstAdministrator()
                        || HeadlessSignIn.signIn(context, spec.commandLine().getErr(), Permission.ADMINISTRATION);
            } catch (DamagedDatabaseException e) {
                // A damaged file holds no logins to ask against; putting a checked backup in its place is the cure.
                return true;
            }
        }
    }

    static String explain(RuntimeException e) {
        Messages english = new Messages(Locale.ENGLISH);
        if (e instanceof BackupException backup) {
            return english.get(backup.messageKey(), backup.file().toString());
        }
        return english.get("error.damagedDatabase", ((DamagedDatabaseException) e).file().toString());
    }
}
