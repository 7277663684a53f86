package org.linkwell.app;

import java.io.Console;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.linkwell.core.Access;
import org.linkwell.core.Permission;
import org.linkwell.security.SignInResult;

/**
 * Headless commands that read personal data run as a person: the username, then the password read from the console
 * without echo, or {@value #USER} and {@value #PASSWORD} for scripted runs. The command then has that person's
 * permissions and the audit log names them; wrong passwords count toward the lock-out as at the sign-in screen.
 */
public final class HeadlessSignIn {
    public static final String USER = "LINKWELL_USER";
    public static final String PASSWORD = "LINKWELL_PASSWORD";
    /** The exit code of a command refused for want of a sign-in or a permission. */
    public static final int REFUSED = 3;

    private static volatile Function<String, String> environment = System::getenv;
    private static volatile Optional<Console> console = Optional.empty();
    private static volatile boolean consoleReplaced;

    private HeadlessSignIn() {
    }

    /**
     * Signs in the person running the command and checks they may do what it needs. On a refusal it says why on
     * {@code err} and returns false; the caller exits with {@link #REFUSED}.
     */
    public static boolean signIn(AppContext context, PrintWriter err, Permission needed) {
        Optional<String> username = Optional.ofNullable(environment.apply(USER)).map(String::strip)
                .filter(name -> !name.isEmpty()).or(() -> console().map(c -> c.readLine("Linkwell username: "))
                        .map(String::strip));
        if (username.isEmpty() || username.get().isEmpty()) {
            err.printf("This command reads personal health information: sign in first. Run it in a terminal to be "
                    + "asked, or set %s and %s.%n", USER, PASSWORD);
            return false;
        }
        Optional<char[]> password = Optional.ofNullable(environment.apply(PASSWORD)).map(String::toCharArray)
                .or(() -> console().map(c -> c.readPassword("Password for %s: ", username.get())));
        if (password.isEmpty()) {
            err.printf("No password: run the command in a terminal to be asked, or set %s.%n", PASSWORD);
            return false;
        }
        SignInResult result = context.signIn().signIn(username.get(), password.get());
        Arrays.fill(password.get(), '\0');
        switch (result.outcome()) {
            case SIGNED_IN -> {
                return allowed(context, err, needed);
            }
            case LOCKED -> err.printf("The login %s is locked after too many wrong passwords until %s. Ask an "
                    + "administrator, or try again then.%n", username.get(), DateTimeFormatter.ofPattern("HH:mm")
                    .format(result.lockedUntil().orElseThrow().atZone(ZoneId.systemDefault())));
            case INACTIVE -> err.printf("The login %s is not active. Ask an administrator.%n", username.get());
            default -> err.printf("Wrong username or password (%d %s left before the login is locked).%n",
                    result.attemptsLeft(), result.attemptsLeft() == 1 ? "try" : "tries");
        }
        return false;
    }

    /**
     * A set-up job on a data file nobody can sign in to yet (no logins: a new file being filled) runs as trusted,
     * under {@code job}'s name; once the file has logins it asks, as {@link #signIn} does.
     */
    public static boolean signInOrSetUp(AppContext context, PrintWriter err, String job, Permission needed) {
        if (context.signIn().needsFirstAdministrator()) {
            context.session().startTrustedJob(Access.everything(job));
            return true;
        }
        return signIn(context, err, needed);
    }

    private static boolean allowed(AppContext context, PrintWriter err, Permission needed) {
        if (context.session().may(needed)) {
            return true;
        }
        err.printf("%s is signed in, but their role does not allow this command.%n", context.session().actor());
        context.signIn().signOut();
        return false;
    }

    /** A variable of the environment (replaced in tests). */
    static String environment(String name) {
        return environment.apply(name);
    }

    static Optional<Console> console() {
        return consoleReplaced ? console : Optional.ofNullable(System.console());
    }

    /** For tests: where the command reads {@value #USER} and {@value #PASSWORD}, with no console to ask. */
    public static AutoCloseable useForTests(Map<String, String> variables) {
        Function<String, String> before = environment;
        environment = variables::get;
        consoleReplaced = true;
        console = Optional.empty();
        return () -> {
            environment = before;
            consoleReplaced = false;
        };
    }
}
