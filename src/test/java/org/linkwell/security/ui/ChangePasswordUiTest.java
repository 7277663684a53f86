package org.linkwell.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignInResult;
import org.linkwell.security.TestSessions;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

/** Reception (any role) changes their own password from the account menu in the header, by keyboard. */
class ChangePasswordUiTest extends LinkwellUiTest {
    private static final String NEW = "garden club on tuesdays";

    @Override
    protected StaffMember.Role role() {
        return StaffMember.Role.RECEPTION;
    }

    private void openDialog(FxRobot robot) {
        MenuButton menu = robot.lookup("#account-menu").query();
        MenuItem change = menu.getItems().stream().filter(i -> "account-change-password".equals(i.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(change::fire);
        robot.sleep(300);
        settle();
    }

    @Test
    void theHeaderNamesThePerson_andTheirNewPasswordIsChangedByKeyboard(FxRobot robot) {
        MenuButton menu = robot.lookup("#account-menu").query();
        assertEquals("Test reception (Reception)", menu.getText().replace("_", ""));
        openDialog(robot);
        javafx.scene.Node current = robot.lookup("#account-current-password").query();
        assertEquals(current, current.getScene().getFocusOwner(), "the current password first");

        // One click gives the dialog's window the keyboard (the headless robot does not move focus between windows).
        robot.clickOn(current).write("not my password").type(KeyCode.TAB).write(NEW).type(KeyCode.TAB).write(NEW).type(KeyCode.ENTER);
        settle();
        assertEquals("The current password is not right. 4 tries left before this login is locked for 15 minutes.",
                robot.lookup("#account-password-message").queryLabeled().getText());
        robot.sleep(200);
        settle();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) robot.lookup("#account-password-message .text").query();
        assertEquals(robot.lookup("#account-password-message").queryLabeled().getText(), shown.getText(),
                "the dialog grows to show the whole message");

        // Tabbing into a field selects its text: "x" replaces the second new password.
        robot.write(new String(TestSessions.PASSWORD)).type(KeyCode.TAB).type(KeyCode.TAB).write("x")
                .type(KeyCode.ENTER);
        settle();
        assertEquals("New password again: The two passwords are not the same. Type them again.",
                robot.lookup("#account-password-message").queryLabeled().getText());

        javafx.scene.Node again = robot.lookup("#account-new-password-again").query();
        assertEquals(again, again.getScene().getFocusOwner());
        robot.type(KeyCode.BACK_SPACE).write(NEW).type(KeyCode.ENTER);
        robot.sleep(300);
        settle();

        assertTrue(robot.lookup("#account-current-password").tryQuery().isEmpty(), "the dialog closed: " + robot.lookup("#account-password-message").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText()).orElse(""));
        assertEquals("Your password is changed. Use the new one from now on.", text(robot, "#status-message"));
        context.signIn().signOut();
        assertEquals(SignInResult.Outcome.SIGNED_IN, context.signIn().signIn("reception", NEW.toCharArray()).outcome());
    }

    @Test
    void escapeClosesTheDialog_andNothingChanges(FxRobot robot) {
        openDialog(robot);
        robot.clickOn("#account-current-password").write(new String(TestSessions.PASSWORD)).type(KeyCode.ESCAPE);
        robot.sleep(200);
        settle();

        assertTrue(robot.lookup("#account-current-password").tryQuery().isEmpty());
        context.signIn().signOut();
        assertEquals(SignInResult.Outcome.SIGNED_IN,
                context.signIn().signIn("reception", TestSessions.PASSWORD.clone()).outcome());
    }
}
