package org.linkwell.app;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.linkwell.Main;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.security.ui.SignInTexts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code linkwell setup administrator}: the first start's administrator, made without a screen, so a data file
 * filled by a script (e.g. {@code sample-data load}) can then be used by headless commands that ask who you are.
 */
@Command(name = "setup", mixinStandardHelpOptions = true, description = "Set up a new data file without the app.",
        subcommands = SetupCommand.Administrator.class)
public final class SetupCommand implements Runnable {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to set up: administrator.");
    }

    @Command(name = "administrator", mixinStandardHelpOptions = true,
            description = {"Create the administrator of a data file that has no logins yet (what the first start "
                    + "asks for). Refused once the file has logins: administrators add others in Settings.",
                "The password is asked twice without echo, or read from " + HeadlessSignIn.PASSWORD + "."})
    static final class Administrator implements Callable<Integer> {
        @ParentCommand
        SetupCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--name", required = true, paramLabel = "\"FULL NAME\"", description = "The person's name.")
        String name;
        @Option(names = "--username", required = true, paramLabel = "USERNAME", description = "What they sign in with.")
        String username;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (AppContext context = HeadlessKeys.context(parent.main.databaseFile(), Clock.systemDefaultZone())) {
                if (!context.signIn().needsFirstAdministrator()) {
                    err.println("This data file already has logins: an administrator adds others in Settings → Logins.");
                    return HeadlessSignIn.REFUSED;
                }
                Optional<char[]> password = password(err);
                if (password.isEmpty()) {
                    return 2;
                }
                try {
                    context.signIn().createFirstAdministrator(name, username, password.get());
                } catch (ValidationException invalid) {
                    err.println(SignInTexts.explain(new Messages(Locale.ENGLISH), invalid));
                    return 2;
                } finally {
                    Arrays.fill(password.get(), '\0');
                }
                spec.commandLine().getOut().printf("%s can now sign in as %s, in the app or in headless commands.%n",
                        name.strip(), username.strip());
                return 0;
            }
        }

        private static Optional<char[]> password(PrintWriter err) {
            String given = HeadlessSignIn.environment(HeadlessSignIn.PASSWORD);
            if (given != null) {
                return Optional.of(given.toCharArray());
            }
            Console console = HeadlessSignIn.console().orElse(null);
            if (console == null) {
                err.printf("No password: run the command in a terminal to be asked, or set %s.%n", HeadlessSignIn.PASSWORD);
                return Optional.empty();
            }
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("The same password again: ");
            if (first == null || !Arrays.equals(first, again)) {
                err.println("The two passwords are not the same.");
                return Optional.empty();
            }
            return Optional.of(first);
        }
    }
}
