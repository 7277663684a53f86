package org.linkwell.programs.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramFilter;
import org.linkwell.programs.Schedule;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

class ProgramCatalogUiTest extends LinkwellUiTest {

    private Program program(String name, String language, CostKind cost, DayOfWeek day, LocalDate verified) {
        Program blank = Program.blank();
        return new Program(0, 0, "", name, "", Optional.empty(), Category.PHYSICAL_ACTIVITY, blank.location(),
                new Program.Cost(cost, cost == CostKind.FEE ? OptionalInt.of(500) : OptionalInt.empty(), false),
                Set.of("walking"), Set.of(language), Set.of(), blank.eligibility(), blank.capacity(), blank.joining(),
                blank.contact(), false, false, Optional.ofNullable(verified), blank.status(),
                List.of(Schedule.weekly(List.of(day), LocalTime.of(10, 0), LocalTime.of(11, 30))));
    }

    private void seed() {
        LocalDate recent = LocalDate.of(2026, 9, 1);
        context.programs().save(program("Marche du mardi", "fr", CostKind.FREE, DayOfWeek.TUESDAY, recent));
        context.programs().save(program("Tuesday Walk", "en", CostKind.FREE, DayOfWeek.TUESDAY, recent));
        context.programs().save(program("Aquaforme", "fr", CostKind.FEE, DayOfWeek.TUESDAY, recent));
        context.programs().save(program("Marche du mercredi", "fr", CostKind.FREE, DayOfWeek.WEDNESDAY,
                LocalDate.of(2025, 1, 15)));
    }

    private ListView<Program> list(FxRobot robot) {
        return robot.lookup("#program-list").queryListView();
    }

    private void openCatalog(FxRobot robot) {
        seed();
        robot.clickOn("#nav-programs");
        settle();
    }

    @Test
    void filterToFreeFrenchTuesday_thenOpenTheProgram(FxRobot robot) {
        openCatalog(robot);
        assertEquals(4, list(robot).getItems().size());

        ComboBox<ProgramFilter.CostFilter> cost = robot.lookup("#filter-cost").queryComboBox();
        ComboBox<String> language = robot.lookup("#filter-language").queryComboBox();
        ComboBox<DayOfWeek> day = robot.lookup("#filter-day").queryComboBox();
        robot.interact(() -> {
            cost.setValue(ProgramFilter.CostFilter.FREE);
            language.setValue("fr");
            day.setValue(DayOfWeek.TUESDAY);
        });

        assertEquals(List.of("Marche du mardi"), list(robot).getItems().stream().map(Program::name).toList());
        assertEquals("1 of 4 programs", robot.lookup("#program-count").queryLabeled().getText());
        robot.clickOn("Marche du mardi");
        settle();
        assertEquals("Marche du mardi", robot.lookup("#program-title").queryLabeled().getText());
        assertTrue(robot.lookup("#fact-nextSessions").queryLabeled().getText().equals("Nov. 24, 2026, 10:00\nDec. 1, 2026, 10:00\nDec. 8, 2026, 10:00"),
                robot.lookup("#fact-nextSessions").queryLabeled().getText());
        assertEquals("Every Tuesday, 10:00–11:30", robot.lookup("#fact-when").queryLabeled().getText());
    }

    @Test
    void staleListings_areOneClickAway_andCanBeMarkedVerified(FxRobot robot) {
        openCatalog(robot);
        assertEquals("Needs checking (1)", robot.lookup("#filter-stale").queryLabeled().getText());

        robot.clickOn("#filter-stale");
        assertEquals(List.of("Marche du mercredi"), list(robot).getItems().stream().map(Program::name).toList());
        robot.clickOn("Marche du mercredi");
        settle();
        assertTrue(robot.lookup("#program-stale").queryLabeled().getText().startsWith("Last checked Jan. 15, 2025"));
        robot.clickOn("#program-verify");
        settle();

        assertEquals("Needs checking (0)", robot.lookup("#filter-stale").queryLabeled().getText());
        assertFalse(robot.lookup("#program-stale").tryQuery().isPresent());
        assertEquals(LocalDate.of(2026, 11, 24), context.programs().catalog().programs().stream()
                .filter(p -> p.name().equals("Marche du mercredi")).findFirst().orElseThrow().lastVerifiedOn().orElseThrow());
    }

    @Test
    void newProgramWithoutName_isRefusedInTheDialog_thenSavedOnceNamed(FxRobot robot) {
        openCatalog(robot);
        robot.clickOn("#program-new");
        robot.clickOn("#program-save");

        assertTrue(robot.lookup("#program-problems").queryLabeled().getText().contains("Please fill in this field."));
        TextField name = robot.lookup("#program-name").query();
        robot.interact(() -> name.setText("Chorale des aînés"));
        robot.clickOn("#program-save");
        settle();

        assertEquals(5, context.programs().catalog().programs().size());
        assertEquals("Chorale des aînés", robot.lookup("#program-title").queryLabeled().getText());
        assertEquals("Saved Chorale des aînés.", window.shell().statusBar().text());
    }
}
