package org.linkwell.programs.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.ui.PageId;
import org.testfx.api.FxRobot;

class ProgramImportUiTest extends LinkwellUiTest {

    @Test
    void csvWithOneBadRow_namesTheRow_andImportsOnlyWhenTheUserSkipsIt(FxRobot robot) throws Exception {
        Path csv = folder.resolve("programs.csv");
        Files.writeString(csv, """
                name,category,days,start_time,end_time,languages,cost
                Marche du mardi,physical-activity,Tue,10:00,11:30,fr,free
                Knitting circle,knitting,Wed,13:00,15:00,en,free
                """, StandardCharsets.UTF_8);
        robot.clickOn("#nav-programs");
        settle();
        ProgramsPage page = window.shell().page(PageId.PROGRAMS);

        Platform.runLater(() -> page.importFrom(csv));
        robot.sleep(300);
        settle();

        ListView<String> problems = robot.lookup("#import-problems").queryListView();
        assertEquals(1, problems.getItems().size());
        assertTrue(problems.getItems().get(0).startsWith("programs.csv row 3, column category: "), problems.getItems().get(0));
        assertTrue(robot.lookup("#import-confirm").query().isDisabled(), "nothing is imported while a row is bad");
        assertTrue(context.programs().catalog().programs().isEmpty());

        robot.clickOn("#import-skip");
        assertFalse(robot.lookup("#import-confirm").query().isDisabled());
        robot.clickOn("#import-confirm");
        settle();

        assertEquals(1, context.programs().catalog().programs().size());
        assertEquals("Marche du mardi", context.programs().catalog().programs().get(0).name());
        assertTrue(window.shell().statusBar().text().startsWith("Imported: 1 programs added"));
    }
}
