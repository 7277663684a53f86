package org.linkwell.help.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.PomFacts;
import org.testfx.api.FxRobot;

class HelpUiTest extends LinkwellUiTest {

    @Test
    void about_showsThePomVersion_andWhereTheDataIs(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("About Linkwell");
        settle();

        assertEquals(PomFacts.version(), robot.lookup("#about-version").<Label>query().getText());
        assertEquals(context.database().file().toAbsolutePath().toString(), text(robot, "#about-data-file"));
        assertTrue(text(robot, "#about-log-folder").endsWith("logs"));
        robot.clickOn("Close");
    }

    @Test
    void windowTitle_carriesTheVersion_andTheChcNameOnceSet(FxRobot robot) {
        Stage stage = (Stage) window.shell().root().getScene().getWindow();
        assertEquals("Linkwell " + PomFacts.version(), stage.getTitle());

        context.settings().put(SettingsStore.CHC_NAME, "Centre de santé communautaire de l'Estrie");
        switchToFrench(robot);

        assertEquals("Linkwell " + PomFacts.version() + " — Centre de santé communautaire de l'Estrie", stage.getTitle());
    }

    @Test
    void keyboardShortcuts_listsEveryShortcutFromTheRegistry(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#help-menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem shortcuts = bar.getMenus().get(0).getItems().stream()
                .filter(item -> "help-shortcuts".equals(item.getId())).findFirst().orElseThrow();
        assertEquals("Keyboard shortcuts", org.linkwell.ui.Mnemonics.plain(shortcuts.getText()));
        javafx.application.Platform.runLater(shortcuts::fire); // it opens a modal window: do not wait for it
        settle();

        List<String> keys = robot.lookup(".shortcut-keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(keys.contains("Ctrl+N"), keys.toString());
        assertTrue(keys.contains("F1"), keys.toString());
        assertEquals(org.linkwell.ui.Shortcut.values().length, keys.size());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void f1_opensTheGuideInFrench_whenLinkwellSpeaksFrench(FxRobot robot) {
        switchToFrench(robot);
        javafx.scene.control.MenuBar bar = robot.lookup("#help-menu-bar").query();
        assertEquals("_Aide", bar.getMenus().get(0).getText(), "Aide, with Alt+A as its mnemonic");

        robot.clickOn("#nav-dashboard");
        robot.type(KeyCode.F1);
        settle();

        Node guideText = robot.lookup("#guide-text").query();
        String words = allText(guideText);
        assertTrue(words.contains("Trouver et ajouter un client"), words);
        assertTrue(words.contains("Appuyez sur"), words);
        assertTrue(robot.lookup("#guide-contents").query().isVisible());
        Stage guide = (Stage) guideText.getScene().getWindow();
        assertEquals("Guide d'utilisation de Linkwell", guide.getTitle());
    }

    private void switchToFrench(FxRobot robot) {
        robot.clickOn("#nav-settings");
        ComboBox<java.util.Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.FRENCH));
        settle();
    }

    private static String allText(Node root) {
        if (root instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (root instanceof TextFlow flow) {
            return flow.getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                    .collect(Collectors.joining());
        }
        if (root instanceof javafx.scene.Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(HelpUiTest::allText).collect(Collectors.joining("\n"));
        }
        return "";
    }
}
