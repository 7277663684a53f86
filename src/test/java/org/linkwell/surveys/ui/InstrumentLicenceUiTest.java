package org.linkwell.surveys.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

/** A francophone CHC reads each instrument's licence line in French, on the Surveys page and in Settings. */
class InstrumentLicenceUiTest extends LinkwellUiTest {

    @Test
    void inFrench_theLicenceLinesAreFrench(FxRobot robot) {
        robot.clickOn("#nav-settings");
        ComboBox<java.util.Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.FRENCH));
        settle();
        InstrumentDefinition ucla = context.surveys().instruments().latest("ucla3").orElseThrow();
        String french = ucla.licence().get("fr");
        String english = ucla.licence().get("en");

        TableView<InstrumentDefinition> table = robot.lookup("#instruments-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(ucla));
        settle();
        List<String> settings = labels(robot);
        assertTrue(settings.stream().anyMatch(text -> text.contains(french)), "Settings → instruments: " + settings);
        assertTrue(settings.stream().noneMatch(text -> text.contains(english)), "no English licence in Settings");

        robot.clickOn("#nav-surveys");
        settle();
        List<String> surveys = labels(robot);
        assertEquals(1, surveys.stream().filter(text -> text.contains(french)).count(), "Surveys page: " + surveys);
        assertTrue(surveys.stream().noneMatch(text -> text.contains(english)), "no English licence on the Surveys page");
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup((javafx.scene.Node node) -> node instanceof Label label && label.isVisible()
                && label.getText() != null).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
