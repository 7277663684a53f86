package org.linkwell.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;

/** Programs used across tests. */
public final class TestPrograms {
    private TestPrograms() {
    }

    public static Program walkingGroup() {
        Program blank = Program.blank();
        return new Program(0, 0, "walk-1", "Tuesday Walking Group", "A gentle walk by the river", Optional.empty(),
                Category.PHYSICAL_ACTIVITY,
                new Program.Location(LocationKind.IN_PERSON, "Lamoureux Park", "100 Water St", "Cornwall", "K6H 1A1", ""),
                new Program.Cost(CostKind.FREE, OptionalInt.empty(), false), Set.of("walking", "nature"),
                Set.of("en", "fr"), Set.of(AccessibilityFeature.SEATING_AVAILABLE),
                new Program.Eligibility(OptionalInt.of(55), OptionalInt.empty(), Set.of(Audience.OLDER_ADULTS)),
                new Program.Capacity(OptionalInt.of(20), false), blank.joining(), blank.contact(), true, false,
                Optional.of(LocalDate.of(2026, 3, 1)), ProgramStatus.ACTIVE,
                List.of(Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(11, 30))));
    }

}
