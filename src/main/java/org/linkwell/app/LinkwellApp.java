package org.linkwell.app;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.linkwell.core.Messages;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: shows a window at once, opens the data file in the background, then the shell. */
public final class LinkwellApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(LinkwellApp.class);
    /** Set by the installer smoke test: open the data file, show the main window, then quit. */
    static final String QUIT_AFTER_START = "linkwell.quitAfterStart";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "linkwell-worker");
        thread.setDaemon(true);
        return thread;
    });
    private AppContext context;

    @Override
    public void start(Stage stage) {
        MainWindow.applyTheme(stage);
        Messages startup = new Messages(Messages.supported(Locale.getDefault().toLanguageTag()));
        DialogService dialogs = new DialogService(startup);
        ErrorReporter errors = new ErrorReporter(startup, dialogs);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> errors.report(error));

        stage.setTitle(startup.get("app.name"));
        stage.setScene(new Scene(splash(startup), 1280, 820));
        stage.show();

        new DataFileStart(stage, worker, startup, Clock.systemDefaultZone(), failure -> {
            LOG.error("cannot open the data file", failure);
            dialogs.error(startup.get("error.open.title"), errors.describe(failure));
            if (context == null) {
                Platform.exit();
            }
        }).start(DesktopLauncher.databaseFile(), opened -> context = opened, () -> {
            // The installers' smoke test waits for this line: the data file is reached and sign-in is on screen.
            LOG.info("main window shown (Linkwell {})", org.linkwell.Version.current());
            if (Boolean.getBoolean(QUIT_AFTER_START)) {
                Platform.exit();
            }
        });
    }

    private static VBox splash(Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        Label text = new Label(messages.get("app.opening"));
        VBox box = new VBox(16, progress, text);
        box.setAlignment(Pos.CENTER);
        Theme.style(box);
        return box;
    }

    @Override
    public void stop() {
        if (context != null) {
            backupOnExit();
        }
        worker.shutdown();
        if (context != null) {
            context.close();
        }
    }

    /** The backup on exit runs on the worker, after anything still queued there. */
    private void backupOnExit() {
        try {
            worker.submit(() -> context.backups().backupNow()).get(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (Exception e) {
            LOG.warn("the backup on exit failed", e);
        }
    }
}
