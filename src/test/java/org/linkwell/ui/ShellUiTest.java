package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.linkwell.app.AppContext;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestDatabases;
import org.testfx.api.FxRobot;

class ShellUiTest extends LinkwellUiTest {

    private String label(FxRobot robot, String query) {
        return robot.lookup(query).<Labeled>query().getText();
    }

    @Test
    void everyNavigationPlaceOpensItsRealPage(FxRobot robot) {
        for (PageId id : PageId.values()) {
            robot.clickOn("#" + id.idForTests());
            settle();
            assertEquals(id, window.shell().current());
            assertTrue(robot.lookup("This part of Linkwell is on its way.").tryQuery().isEmpty(), id + " is built");
        }
    }

    @Test
    void switchingToFrench_appliesAtOnce_andIsRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        ComboBox<java.util.Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.FRENCH));
        settle();

        assertEquals("Paramètres", label(robot, "#nav-settings"));
        assertEquals("Clients", label(robot, "#nav-clients"));
        assertEquals("Tableau de bord", label(robot, "#nav-dashboard"));
        assertEquals("La langue a été changée.", window.shell().statusBar().text());
        assertEquals("fr-CA", context.settings().get(SettingsStore.LANGUAGE).orElseThrow());
        try (AppContext reopened = AppContext.open(folder.resolve("ui-test.db"), TestDatabases.CLOCK)) {
            assertEquals("Courriel", reopened.messages().get("client.email"));
        }
    }

    @Test
    void dashboardNewClient_opensAnEmptyEditorWithTheCursorInTheFirstField(FxRobot robot) {
        robot.clickOn("#dashboard-new-client");
        settle();

        assertEquals(PageId.CLIENTS, window.shell().current());
        assertEquals("New client", label(robot, "#client-title"));
        assertTrue(robot.lookup("#client-givenName").query().isFocused());
    }
}
