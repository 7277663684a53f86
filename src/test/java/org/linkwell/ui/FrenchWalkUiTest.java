package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;
import org.linkwell.testing.EnglishWords;
import org.linkwell.testing.ScreenTexts;
import org.linkwell.testing.ScreenWalk;
import org.testfx.api.FxRobot;

/** A francophone CHC: every page, tab and main dialog in French, with no English left on screen. */
class FrenchWalkUiTest extends ScreenWalk {
    private final Set<String> leftovers = new LinkedHashSet<>();
    private EnglishWords english;

    @Override
    protected void look(String where, Window window) {
        for (ScreenTexts.Seen seen : ScreenTexts.of(window)) {
            String why = english.why(seen.text());
            if (!why.isEmpty()) {
                leftovers.add(where + " | " + seen.node() + " | " + why + " | " + seen.text());
            }
        }
    }

    @Test
    void everyScreenInFrench_showsNoEnglish(FxRobot robot) {
        loadSampleClinic();
        robot.clickOn("#nav-settings");
        ComboBox<java.util.Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.FRENCH));
        settle();
        List<String> ours = new ArrayList<>(DataTexts.all(context.database()));
        ours.add(folder.toString());
        // An instrument's citation is quoted as published, like the data a CHC loads; its licence line is ours,
        // in French, except a CHC's own instrument given with one licence text for both languages.
        context.surveys().instruments().all().forEach(d -> ours.add(d.citation()));
        context.surveys().instruments().all().stream().filter(d -> d.licence().get("en").equals(d.licence().get("fr")))
                .forEach(d -> ours.add(d.licence().get("en")));
        EnglishWords.QUOTING_ENGLISH_KEYS.forEach(key -> ours.add(context.messages().get(key)));
        english = new EnglishWords().allowing(ours);

        walkEveryScreen(robot);

        assertEquals(new ArrayList<>(), new ArrayList<>(leftovers), "English left on French screens");
        assertEveryDialogClosedByEscape();
    }
}
