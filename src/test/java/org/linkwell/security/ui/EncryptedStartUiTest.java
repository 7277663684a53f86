package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkwell.app.AppContext;
import org.linkwell.app.DataFileStart;
import org.linkwell.app.EncryptedStart;
import org.linkwell.core.DataFiles;
import org.linkwell.core.KeyFile;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.setup.FirstRun;
import org.linkwell.testing.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop start on an encrypted (or new) data file: set-up with the passphrase, sign-in, recovery. */
@ExtendWith(ApplicationExtension.class)
class EncryptedStartUiTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String PASSPHRASE = "river stones and maple leaves";

    private Stage stage;
    private Path file;
    private ExecutorService worker;
    private DataFileStart start;
    private final AtomicReference<AppContext> opened = new AtomicReference<>();
    private final AtomicReference<Throwable> failed = new AtomicReference<>();

    @BeforeEach
    void prepare() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        file = Files.createTempDirectory("linkwell-encrypted").resolve("linkwell.db");
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    private void startApp() throws Exception {
        FxToolkit.setupFixture(() -> {
            start = new DataFileStart(stage, worker, new Messages(Messages.ENGLISH), TestDatabases.CLOCK, failed::set);
            start.start(file, opened::set, () -> { });
        });
        settle();
    }

    private void settle() {
        try {
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> start == null || start.isIdle());
            }
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
    }

    /** An encrypted file set up before, whose first-run guide is done. */
    private void existingEncryptedFile() {
        EncryptedStart made = new EncryptedStart(file, TestDatabases.CLOCK);
        made.create("Amina Diallo", "amina", PASSWORD.toCharArray(), PASSPHRASE.toCharArray());
        try (AppContext context = made.context().orElseThrow()) {
            context.settings().put(SettingsStore.SAMPLE_OFFERED, "yes");
            context.settings().put(FirstRun.DONE, "yes");
        }
    }

    @Test
    void newInstall_setsUpTheAdministratorAndThePassphrase_byKeyboard_andReachesTheDashboard(FxRobot robot)
            throws Exception {
        startApp();
        assertTrue(robot.lookup("#setup-name").query().isFocused());
        assertTrue(robot.lookup("#setup-passphrase-warning").queryLabeled().getText().contains("Nobody can recover it"));

        robot.write("Amina Diallo").type(KeyCode.TAB).write("amina").type(KeyCode.TAB).write(PASSWORD)
                .type(KeyCode.TAB).write(PASSWORD).type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write("river stones and maple").type(KeyCode.ENTER);
        settle();
        assertEquals("The two passphrases are not the same. Type them again.",
                robot.lookup("#signin-message").queryLabeled().getText());
        assertTrue(DataFiles.isNew(file), "nothing is made before the set-up is complete");

        robot.lookup("#setup-passphrase-again").<TextField>query().clear();
        robot.clickOn("#setup-passphrase-again").write(PASSPHRASE).type(KeyCode.ENTER);
        settle();
        assertTrue(robot.lookup("#first-run").tryQuery().isPresent(), "the first-run guide comes first");
        robot.type(KeyCode.ESCAPE);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the work opens");
        assertTrue(DataFiles.looksEncrypted(file), "the new data file is encrypted");
        assertTrue(KeyFile.beside(file).hasLogin("amina"));
        assertEquals("amina", opened.get().signIn().session().actor());
        assertEquals(null, failed.get());
    }

    @Test
    void anEncryptedFile_opensWithThePersonsOwnPassword(FxRobot robot) throws Exception {
        existingEncryptedFile();
        startApp();

        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write("guess").type(KeyCode.ENTER);
        settle();
        assertEquals("The user name or password is not right. 4 tries left before this login is locked for 15 minutes.",
                robot.lookup("#signin-message").queryLabeled().getText());
        assertEquals(null, opened.get(), "the file stays closed");

        robot.clickOn("#signin-password").write(PASSWORD).type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent());
        assertTrue(opened.get().database().isEncrypted());
    }

    @Test
    void theSetupPassphrase_letsTheAdministratorChooseANewPassword(FxRobot robot) throws Exception {
        existingEncryptedFile();
        startApp();

        robot.clickOn("#unlock-forgot");
        settle();
        robot.clickOn("#unlock-passphrase").write("not it at all").type(KeyCode.ENTER);
        settle();
        assertTrue(robot.lookup("#signin-message").queryLabeled().getText().startsWith("That passphrase does not open"));
        robot.clickOn("#unlock-passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        settle();

        robot.clickOn("#recovery-username").write("amina").type(KeyCode.TAB).write("remembered at last")
                .type(KeyCode.TAB).write("remembered at last").type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent());
        assertEquals("amina", opened.get().signIn().session().actor());
    }
}
