package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

/** Ctrl+plus / Ctrl+minus / Ctrl+0 scale every text of the window, and the size is remembered. */
class TextZoomUiTest extends LinkwellUiTest {

    private TextZoom zoom;

    /** The primary stage outlives this test: put its text back to normal for the tests after it. */
    @org.junit.jupiter.api.AfterEach
    void normalText() {
        if (zoom != null) {
            javafx.stage.Window stage = window.shell().root().getScene().getWindow();
            javafx.application.Platform.runLater(() -> new TextZoom(p -> { }).install(stage, TextZoom.NORMAL));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private TextZoom install(FxRobot robot) {
        zoom = new TextZoom(percent -> window.tasks().run(() -> {
            context.settings().put(TextZoom.SETTING, Integer.toString(percent));
            return percent;
        }, saved -> { }));
        robot.interact(() -> zoom.install(window.shell().root().getScene().getWindow(), TextZoom.NORMAL));
        return zoom;
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        settle();
    }

    private double titleSize(FxRobot robot) {
        return robot.lookup(".page-title").<Label>query().getFont().getSize();
    }

    @Test
    void ctrlPlus_growsAllText_ctrlMinusShrinks_ctrlZeroResets_andTheSizeIsRemembered(FxRobot robot) {
        TextZoom zoom = install(robot);
        double normalTitle = titleSize(robot);

        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.ADD);
        ctrl(robot, KeyCode.PLUS);
        assertEquals(150, zoom.percent());
        assertTrue(robot.lookup(".root").query().getStyle().contains("-fx-font-size: 21.0px"));
        assertEquals(normalTitle * 1.5, titleSize(robot), 0.6, "titles grow with the base size");
        assertEquals(Optional.of("150"), context.settings().get(TextZoom.SETTING));

        ctrl(robot, KeyCode.MINUS);
        assertEquals(125, zoom.percent());
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(100, zoom.percent());
        assertEquals(normalTitle, titleSize(robot), 0.01);
        assertEquals(Optional.of("100"), context.settings().get(TextZoom.SETTING));
    }

    @Test
    void aRememberedSize_isAppliedToTheWindow_andToPagesBuiltLater(FxRobot robot) {
        TextZoom zoom = install(robot);
        robot.interact(() -> zoom.restore(125));
        robot.clickOn("#nav-clients");
        settle();

        assertTrue(robot.lookup(".root").query().getStyle().contains("-fx-font-size: 17.5px"));
        assertEquals(17.5, robot.lookup("#client-search").queryTextInputControl().getFont().getSize(), 0.01);
    }
}
