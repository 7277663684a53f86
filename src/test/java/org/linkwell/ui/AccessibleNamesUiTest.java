package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.linkwell.testing.AccessibleNames;
import org.linkwell.testing.ScreenWalk;
import org.testfx.api.FxRobot;

/** Screen readers: every control on every page, tab and main dialog has a name; every dialog closes on Escape. */
class AccessibleNamesUiTest extends ScreenWalk {
    private final Set<String> unnamed = new LinkedHashSet<>();

    @Override
    protected void look(String where, Window window) {
        AccessibleNames.missing(window).forEach(problem -> unnamed.add(where + " | " + problem));
    }

    @Test
    void everyControlOnEveryScreen_hasAnAccessibleName(FxRobot robot) {
        loadSampleClinic();

        walkEveryScreen(robot);

        assertEquals(new ArrayList<>(), new ArrayList<>(unnamed), "controls a screen reader cannot name");
        assertEveryDialogClosedByEscape();
    }
}
