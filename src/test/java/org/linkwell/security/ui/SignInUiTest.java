package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkwell.app.AppContext;
import org.linkwell.app.SignInGate;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.StaffMember;
import org.linkwell.testing.TestDatabases;
import org.linkwell.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real start of the app: set up the administrator, sign in, and the screen lock that loses nothing. */
@ExtendWith(ApplicationExtension.class)
class SignInUiTest {
    private static final String PASSWORD = "correct horse battery";

    private Stage stage;
    private AppContext context;
    private ExecutorService worker;
    private SignInGate gate;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Path folder = Files.createTempDirectory("linkwell-signin");
        context = AppContext.open(folder.resolve("signin.db"), TestDatabases.CLOCK);
        context.settings().put(SettingsStore.SAMPLE_OFFERED, "yes");
        context.settings().put(org.linkwell.setup.FirstRun.DONE, "yes");
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
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
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> gate == null || gate.isIdle());
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> gate == null || gate.isIdle());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
    }

    @Test
    void newInstall_setsUpTheAdministratorByKeyboard_andOpensTheDashboard(FxRobot robot) throws Exception {
        openGate();
        assertTrue(robot.lookup("#setup-name").query().isFocused());

        robot.write("Amina Diallo").type(KeyCode.TAB).write("amina").type(KeyCode.TAB).write(PASSWORD)
                .type(KeyCode.TAB).write("a different one").type(KeyCode.ENTER);
        settle();
        assertEquals("The two passwords are not the same. Type them again.",
                robot.lookup("#signin-message").queryLabeled().getText());

        robot.lookup("#setup-password-again").<TextField>query().clear();
        robot.clickOn("#setup-password-again").write(PASSWORD).type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the work opens");
        assertEquals("amina", context.signIn().session().actor());
        assertEquals(StaffMember.Role.ADMINISTRATOR, context.signIn().session().user().orElseThrow().staff().role());
    }

    @Test
    void wrongPassword_saysHowManyTriesAreLeft_thenTheRightOneSignsIn(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        context.signIn().signOut();
        openGate();

        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write("guess").type(KeyCode.ENTER);
        settle();
        assertEquals("The user name or password is not right. 4 tries left before this login is locked for 15 minutes.",
                robot.lookup("#signin-message").queryLabeled().getText());
        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isEmpty(), "no client data before signing in");

        robot.clickOn("#signin-password").write(PASSWORD).type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent());
    }

    @Test
    void ctrlL_locksTheScreen_andThePasswordBringsBackTheWorkAsItWas(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        context.signIn().signOut();
        openGate();
        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();
        robot.clickOn("#nav-clients");
        settle();
        robot.clickOn("#client-search").write("hel");

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        settle();
        assertTrue(robot.lookup("#client-search").tryQuery().isEmpty(), "the work is hidden while locked");

        robot.clickOn("#lock-password").write("guess").type(KeyCode.ENTER);
        settle();
        assertTrue(robot.lookup("#lock-message").queryLabeled().getText().contains("4 tries left"));
        robot.clickOn("#lock-password").write(PASSWORD).type(KeyCode.ENTER);
        settle();

        assertEquals("hel", robot.lookup("#client-search").<TextField>query().getText(), "nothing typed is lost");
    }

    @Test
    void signOut_fromTheAccountMenu_showsTheSignInScreenAgain(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        context.signIn().signOut();
        openGate();
        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();
        javafx.scene.control.MenuButton menu = robot.lookup("#account-menu").query();

        robot.interact(() -> menu.getItems().stream().filter(item -> "account-sign-out".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        settle();

        assertTrue(robot.lookup("#signin-username").tryQuery().isPresent(), "back to the sign-in screen");
        assertTrue(robot.lookup("#nav-dashboard").tryQuery().isEmpty(), "no client data left on screen");
        assertTrue(context.signIn().session().user().isEmpty());
    }

    @Test
    void quietForTheIdleTime_locks_butNotBefore(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        context.signIn().signOut();
        openGate();
        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();
        robot.interact(gate.screenLock()::stop);
        AtomicLong now = new AtomicLong();
        BackgroundTasks tasks = new BackgroundTasks(worker, error -> { });
        ScreenLock lock = new ScreenLock(stage.getScene(), context.signIn(), tasks, context.messages(),
                Duration.ofMinutes(10), () -> { }, now::get);
        robot.interact(lock::start);

        now.addAndGet(Duration.ofMinutes(9).toNanos());
        robot.interact(lock::lockIfIdle);
        assertFalse(lock.isLocked());
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        robot.interact(lock::lockIfIdle);

        assertTrue(lock.isLocked());
        assertTrue(robot.lookup("#lock-password").tryQuery().isPresent());
        assertEquals(Optional.of("amina"), context.signIn().session().user().map(u -> u.username()));
    }

    @Test
    void administrator_addsALoginForANewNavigator_whoCanThenSignIn(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        context.signIn().signOut();
        openGate();
        robot.clickOn("#signin-username").write("amina").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        settle();
        robot.clickOn("#nav-settings");
        settle();

        javafx.application.Platform.runLater(robot.lookup("#accounts-add").queryButton()::fire);
        settle();
        robot.clickOn("#login-name").write("Luc Tremblay");
        robot.clickOn("#login-username").write("luc");
        robot.clickOn("#login-password").write("walking group 2026");
        robot.clickOn("#login-save");
        settle();

        javafx.scene.control.TableView<?> table = robot.lookup("#accounts-table").queryTableView();
        assertEquals(2, table.getItems().size());
        context.signIn().signOut();
        assertEquals(org.linkwell.security.SignInResult.Outcome.SIGNED_IN,
                context.signIn().signIn("luc", "walking group 2026".toCharArray()).outcome());
        assertEquals(StaffMember.Role.NAVIGATOR, context.signIn().session().user().orElseThrow().staff().role());
    }

    @Test
    void aNavigatorWhoSignsIn_isTheDashboardsIAm(FxRobot robot) throws Exception {
        context.signIn().createFirstAdministrator("Amina Diallo", "amina", PASSWORD.toCharArray());
        org.linkwell.security.Login luc = context.signIn().createLogin(StaffMember.of("Luc Tremblay",
                StaffMember.Role.NAVIGATOR, Optional.empty()), "luc", "walking group 2026".toCharArray());
        context.signIn().signOut();
        openGate();

        robot.clickOn("#signin-username").write("luc").type(KeyCode.TAB).write("walking group 2026").type(KeyCode.ENTER);
        settle();

        assertEquals(Optional.of(Long.toString(luc.staff().id())), context.settings().get(SettingsStore.CURRENT_NAVIGATOR));
        assertTrue(robot.lookup("Luc Tremblay").tryQuery().isPresent(), "the dashboard's chooser shows the navigator");
    }
}
