package org.linkwell.lockbox.ui;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits until a modal dialog opened with Platform.runLater is on screen. */
final class WaitForDialog {
    private WaitForDialog() {
    }

    static void until(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the dialog did not open", e);
        }
    }
}
