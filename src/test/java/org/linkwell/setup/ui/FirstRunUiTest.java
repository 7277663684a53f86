package org.linkwell.setup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkwell.app.AppContext;
import org.linkwell.app.SignInGate;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.SettingsStore;
import org.linkwell.printing.PrintoutSettings;
import org.linkwell.setup.FirstRun;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A fresh install: the administrator, then the first-run guide, then the dashboard. */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {
    private static final String PASSWORD = "correct horse battery";

    private Stage stage;
    private AppContext context;
    private ExecutorService worker;
    private SignInGate gate;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Path folder = Files.createTempDirectory("linkwell-firstrun");
        context = AppContext.open(folder.resolve("first.db"), TestDatabases.CLOCK);
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        context.messages().setLocale(org.linkwell.core.Messages.ENGLISH);
        context.close();
    }

    private void openGate() throws Exception {
        FxToolkit.setupFixture(() -> {
            gate = new SignInGate(stage, context, worker);
            gate.show();
        });
        settle();
    }

    private void settle() {
        try {
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gate == null || gate.isIdle());
            }
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
    }

    private void setUpAdministrator(FxRobot robot) {
        robot.write("Amina Diallo").type(KeyCode.TAB).write("amina").type(KeyCode.TAB).write(PASSWORD)
                .type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();
    }

    private String title(FxRobot robot) {
        return robot.lookup("#setup-title").queryLabeled().getText();
    }

    @Test
    void freshInstall_guideIsCompletedByKeyboardAlone_andReachesTheDashboard(FxRobot robot) throws Exception {
        openGate();
        setUpAdministrator(robot);
        assertEquals("Your Community Health Centre", title(robot));
        assertTrue(robot.lookup("#setup-chc-name").query().isFocused(), "the first field has the focus");

        robot.type(KeyCode.ENTER);
        settle();
        assertEquals("Type your CHC's name: it appears on every printout.",
                robot.lookup("#setup-message").queryLabeled().getText());

        robot.write("Riverside CHC").type(KeyCode.TAB).write("12 River Road, Ottawa").type(KeyCode.TAB)
                .write("613-555-0100").type(KeyCode.ENTER);
        settle();
        assertEquals("Language", title(robot));
        robot.type(KeyCode.ENTER);
        settle();
        assertEquals("Where your data lives", title(robot));
        assertEquals(context.database().file().toAbsolutePath().toString(),
                robot.lookup("#setup-data-file").queryTextInputControl().getText());
        robot.type(KeyCode.ENTER);
        settle();
        assertEquals("How to start", title(robot));
        robot.type(KeyCode.ENTER);
        settle();
        assertEquals("Finding your way", title(robot));
        robot.type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the dashboard opens");
        assertTrue(robot.lookup("#first-run").tryQuery().isEmpty());
        assertEquals(Optional.of("Riverside CHC"), context.settings().get(SettingsStore.CHC_NAME));
        assertEquals(Optional.of("613-555-0100"), context.settings().get(PrintoutSettings.PHONE));
        assertEquals(Optional.of("12 River Road, Ottawa"), context.settings().get(PrintoutSettings.ADDRESS));
        assertTrue(context.settings().get(FirstRun.DONE).isPresent());
        assertEquals(0, context.clients().count(StatusFilter.ALL), "started empty");
        assertTrue(robot.listWindows().size() == 1, "the sample data is not offered a second time");
    }

    @Test
    void escape_putsTheGuideOff_untilTheNextStart(FxRobot robot) throws Exception {
        openGate();
        setUpAdministrator(robot);
        robot.type(KeyCode.ESCAPE);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent());
        assertFalse(context.settings().get(FirstRun.DONE).isPresent());
        assertEquals(1, robot.listWindows().size(), "no sample offer beside the guide's own question");

        context.signIn().signOut();
        openGate();
        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();
        assertEquals("Your Community Health Centre", title(robot));
    }

    @Test
    void choosingFrench_appliesAtOnce(FxRobot robot) throws Exception {
        openGate();
        setUpAdministrator(robot);
        robot.write("Centre de santé communautaire Rivière").type(KeyCode.ENTER);
        settle();
        robot.clickOn("#setup-language-fr");
        settle();

        assertEquals("Langue", title(robot));
        assertEquals("Étape 2 sur 5", robot.lookup("#setup-step").queryLabeled().getText());
        assertEquals(Optional.of("fr-CA"), context.settings().get(SettingsStore.LANGUAGE));
        robot.clickOn("#setup-back");
        assertEquals("Centre de santé communautaire Rivière",
                robot.lookup("#setup-chc-name").queryTextInputControl().getText(), "typed answers survive the change");

        for (int step = 1; step < 5; step++) {
            robot.clickOn("#setup-next");
            settle();
        }
        assertEquals("Pour vous repérer", title(robot));
        org.linkwell.testing.EnglishWords english = new org.linkwell.testing.EnglishWords()
                .allowing(java.util.List.of("Centre de santé communautaire Rivière"));
        java.util.List<String> leftovers = robot.lookup("#first-run .label").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText)
                .filter(text -> !english.why(text).isEmpty()).toList();
        assertEquals(java.util.List.of(), leftovers, "the tour says every page in French");
    }

    @Test
    void aFileThatAlreadyHasClients_skipsTheGuide(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        context.signIn().signOut();
        TestDatabases.trusted(context).clients().create(TestClients.draft("Hélène", "Tremblay", "CHC-1", null));
        context.session().end();
        context.settings().put(SettingsStore.SAMPLE_OFFERED, "yes");
        openGate();
        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup("#first-run").tryQuery().isEmpty());
        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent());
    }
}
