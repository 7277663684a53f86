package org.linkwell.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkwell.app.AppContext;
import org.linkwell.app.MainWindow;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.TestSessions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real shell on a real temp data file, with the real background worker. */
@ExtendWith(ApplicationExtension.class)
public abstract class LinkwellUiTest {
    protected Path folder;
    protected AppContext context;
    protected MainWindow window;
    private ExecutorService worker;
    private final java.util.Locale startLocale = java.util.Locale.getDefault();

    /** Who is signed in while the test drives the shell (the administrator reaches every screen and record). */
    protected StaffMember.Role role() {
        return StaffMember.Role.ADMINISTRATOR;
    }

    /** Whether the data file should look like one that already saw its first start. */
    protected boolean firstStartDone() {
        return true;
    }

    @BeforeEach
    public void startApp() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        folder = Files.createTempDirectory("linkwell-ui");
        context = AppContext.open(folder.resolve("ui-test.db"), TestDatabases.CLOCK);
        if (firstStartDone()) {
            context.settings().put(SettingsStore.SAMPLE_OFFERED, "yes");
        }
        StaffMember.Role role = role();
        TestSessions.signInAs(context, role, role == StaffMember.Role.ADMINISTRATOR ? "Ada Admin" : "Test " + role.code(),
                role == StaffMember.Role.ADMINISTRATOR ? TestSessions.ADMIN : role.code());
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ui-test-worker");
            thread.setDaemon(true);
            return thread;
        });
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, context, worker);
            window.show();
        });
        settle();
    }

    @AfterEach
    public void closeContext() throws Exception {
        FxToolkit.cleanupStages();
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        context.close();
        // The app sets the default locale to its language; the next test starts where this one did.
        java.util.Locale.setDefault(startLocale);
    }

    /** Waits until every background task has finished and its result is on screen. */
    protected void settle() {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().isIdle());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
    }

    protected static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        if (node instanceof Label label) {
            return label.getText();
        }
        return ((TextInputControl) node).getText();
    }
}
