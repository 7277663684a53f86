package org.linkwell.app;

import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignedInUser;
import javafx.stage.Stage;
import org.linkwell.security.ui.ScreenLock;
import org.linkwell.security.ui.SignInPane;
import org.linkwell.setup.FirstRun;
import org.linkwell.setup.ui.FirstRunGuide;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.TextZoom;
import org.linkwell.ui.Theme;

/** Nobody sees client data before signing in: the sign-in screen, then the work, guarded by the screen lock. */
public final class SignInGate {
    public static final String IDLE_MINUTES = "security.idleMinutes";
    public static final int DEFAULT_IDLE_MINUTES = 10;

    private final Stage stage;
    private final AppContext context;
    private final Executor worker;
    private final BackgroundTasks tasks;
    private MainWindow window;
    private ScreenLock lock;

    public SignInGate(Stage stage, AppContext context, Executor worker) {
        this.stage = stage;
        this.context = context;
        this.worker = worker;
        ErrorReporter errors = new ErrorReporter(context.messages(), new DialogService(context.messages()));
        this.tasks = new BackgroundTasks(worker, errors::report);
        TextZoom zoom = new TextZoom(percent -> tasks.run(() -> {
            context.settings().put(TextZoom.SETTING, Integer.toString(percent));
            return percent;
        }, saved -> { })).install(stage, TextZoom.NORMAL);
        tasks.run(() -> context.settings().get(TextZoom.SETTING).map(Integer::parseInt).orElse(TextZoom.NORMAL),
                zoom::restore);
    }

    public void show() {
        SignInPane pane = new SignInPane(context.signIn(), tasks, context.messages(), user -> startWork());
        Theme.style(pane.root());
        if (stage.getScene() == null) {
            stage.setScene(new Scene(pane.root(), 1280, 820));
        } else {
            stage.getScene().setRoot(pane.root());
        }
        stage.setTitle(context.messages().get("app.name"));
        stage.show();
    }

    /** The person is signed in already (their password opened an encrypted file): straight on to the work. */
    public void continueSignedIn() {
        startWork();
    }

    /** An administrator on a file that is not set up yet meets the first-run guide before the work. */
    private void startWork() {
        FirstRun firstRun = new FirstRun(context.settings(), context.sampleData());
        boolean administrator = context.session().may(org.linkwell.core.Permission.ADMINISTRATION);
        tasks.run(() -> {
            rememberNavigator();
            return administrator && firstRun.isDue();
        }, due -> {
            if (due) {
                FirstRunGuide guide = new FirstRunGuide(firstRun, context.printing().settings(), context.backups(),
                        context.settings(), context.database().file(), tasks, context.messages(),
                        outcome -> openWork(outcome == FirstRunGuide.Outcome.FINISHED_WITH_SAMPLE));
                stage.getScene().setRoot(guide.root());
            } else {
                openWork(false);
            }
        });
    }

    /** A navigator who signs in is the dashboard's "I am" at once: their caseload, their follow-ups. */
    private void rememberNavigator() {
        context.signIn().session().user().map(SignedInUser::staff)
                .filter(staff -> staff.role() == StaffMember.Role.NAVIGATOR)
                .ifPresent(staff -> context.settings().put(SettingsStore.CURRENT_NAVIGATOR, Long.toString(staff.id())));
    }

    private void openWork(boolean loadSample) {
        window = new MainWindow(stage, context, worker).withScheduledBackups().withSignOut(this::signedOut);
        window.show();
        if (loadSample) {
            window.loadSampleData();
        } else {
            EncryptionScreens.offerIfDue(context, window.tasks(), window.dialogs(), window.shell());
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                new ErrorReporter(context.messages(), window.dialogs()).report(error));
        tasks.run(() -> context.settings().get(IDLE_MINUTES).map(Integer::parseInt).orElse(DEFAULT_IDLE_MINUTES),
                minutes -> lock = new ScreenLock(stage.getScene(), context.signIn(), tasks, context.messages(),
                        Duration.ofMinutes(minutes), this::signedOut, System::nanoTime).start());
    }

    private void signedOut() {
        if (lock != null) {
            lock.stop();
        }
        show();
    }

    public MainWindow window() {
        return window;
    }

    /** Whether sign-in checks and the work's own background tasks have all finished (tests wait on it). */
    public boolean isIdle() {
        return tasks.isIdle() && (window == null || window.tasks().isIdle());
    }

    public ScreenLock screenLock() {
        return lock;
    }
}
