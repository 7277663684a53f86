package org.linkwell.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.Schedule;

/** The words a CHC's spreadsheet uses, in English and French, and the forms an export writes. */
class CellFormatsTest {

    @Test
    void days_weeklyAndMonthly_inEnglishFrenchAndRfc() throws InvalidCell {
        assertEquals(new ScheduleWords.Day(DayOfWeek.TUESDAY, 0), ScheduleWords.day("Tue"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.TUESDAY, 0), ScheduleWords.day("mardis"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.MONDAY, 2), ScheduleWords.day("2nd Mon"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.MONDAY, 2), ScheduleWords.day("2e lundi"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.FRIDAY, -1), ScheduleWords.day("last Fri"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.FRIDAY, -1), ScheduleWords.day("dernier vendredi"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.THURSDAY, 1), ScheduleWords.day("le 1er jeudi"));
        assertEquals(new ScheduleWords.Day(DayOfWeek.SUNDAY, 3), ScheduleWords.day("3SU"));
        assertThrows(InvalidCell.class, () -> ScheduleWords.day("someday"));
        assertThrows(InvalidCell.class, () -> ScheduleWords.day("7th Mon"));
    }

    @Test
    void months_seasonsWrapPastDecember_inEnglishAndFrench() throws InvalidCell {
        Set<Month> schoolYear = EnumSet.complementOf(EnumSet.of(Month.JULY, Month.AUGUST));
        assertEquals(schoolYear, ScheduleWords.months("Sep-Jun"));
        assertEquals(schoolYear, ScheduleWords.months("sept-juin"));
        assertEquals(schoolYear, ScheduleWords.months("septembre à juin"));
        assertEquals(EnumSet.of(Month.JULY, Month.AUGUST), ScheduleWords.months("Jul;août"));
        assertEquals("Sep-Jun", ScheduleWords.season(schoolYear));
        assertEquals("Jul;Nov-Mar", ScheduleWords.season(EnumSet.of(Month.JANUARY, Month.FEBRUARY,
                Month.MARCH, Month.JULY, Month.NOVEMBER, Month.DECEMBER)));
        assertEquals("Jan-Dec", ScheduleWords.season(EnumSet.allOf(Month.class)));
        assertThrows(InvalidCell.class, () -> ScheduleWords.months("summer"));
    }

    @Test
    void frequency_inWordsOrNumbers() throws InvalidCell {
        assertEquals(new ScheduleWords.Every(Optional.of(Schedule.Frequency.WEEKLY), 2),
                ScheduleWords.every("every 2 weeks"));
        assertEquals(new ScheduleWords.Every(Optional.of(Schedule.Frequency.WEEKLY), 2),
                ScheduleWords.every("aux deux semaines"));
        assertEquals(new ScheduleWords.Every(Optional.of(Schedule.Frequency.MONTHLY), 1), ScheduleWords.every("Mensuel"));
        assertEquals(new ScheduleWords.Every(Optional.of(Schedule.Frequency.MONTHLY), 3),
                ScheduleWords.every("tous les 3 mois"));
        assertEquals(new ScheduleWords.Every(Optional.empty(), 1), ScheduleWords.every(""));
        assertThrows(InvalidCell.class, () -> ScheduleWords.every("now and then"));
    }

    @Test
    void times_costsAndYesNo() throws InvalidCell {
        assertEquals(LocalTime.of(10, 0), Cells.time("0.4166666667"));
        assertEquals(LocalTime.of(13, 30), Cells.time("13 h 30"));
        assertEquals(LocalTime.of(14, 30), Cells.time("2:30 pm"));
        assertEquals(LocalTime.of(9, 0), Cells.time("9h"));
        assertEquals(new Program.Cost(CostKind.FREE, OptionalInt.empty(), false), CostText.parse("Gratuit", false));
        assertEquals(new Program.Cost(CostKind.SLIDING_SCALE, OptionalInt.empty(), true),
                CostText.parse("échelle mobile", true));
        assertEquals(new Program.Cost(CostKind.SLIDING_SCALE, OptionalInt.of(1000), false),
                CostText.parse("sliding scale up to $10", false));
        assertEquals(new Program.Cost(CostKind.FEE, OptionalInt.of(500), false), CostText.parse("$5", false));
        assertEquals(new Program.Cost(CostKind.FEE, OptionalInt.of(500), false), CostText.parse("5,00 $", false));
        assertEquals(new Program.Cost(CostKind.FEE, OptionalInt.of(1250), false), CostText.parse("12.5", false));
        assertEquals(true, Cells.yesNo("Oui", false));
        assertEquals(false, Cells.yesNo("0", true));
        assertThrows(InvalidCell.class, () -> Cells.yesNo("maybe", false));
    }

    @Test
    void categoriesLanguagesAndInterests_byCodeOrName() throws InvalidCell {
        assertEquals(Category.ARTS_CULTURE, Vocabulary.category("Arts et culture"));
        assertEquals(Category.ARTS_CULTURE, Vocabulary.category("arts culture"));
        assertEquals(Set.of("en", "fr", "ar", "zh"), Vocabulary.languages("English; Français, arabe;zh"));
        assertEquals(Set.of("en"), Vocabulary.languages(""));
        Vocabulary vocabulary = new Vocabulary(Set.of("walking", "peer-support"),
                Map.of("Walking", "walking", "Soutien par les pairs", "peer-support"));
        assertEquals(Set.of("walking", "peer-support"), vocabulary.interests("WALKING;soutien par les pairs"));
        assertEquals("import.interest.unknown", assertThrows(InvalidCell.class,
                () -> vocabulary.interests("walking;knitting")).messageKey());
    }

    @Test
    void scheduleCells_severalSchedulesSeparatedByBars_readBackWhatIsWritten() {
        List<Schedule> schedules = List.of(
                new Schedule(Schedule.Frequency.WEEKLY, 2, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 0,
                        LocalTime.of(10, 0), LocalTime.of(11, 30), EnumSet.of(Month.JULY), Optional.empty(),
                        Optional.empty(), "outdoors"),
                new Schedule(Schedule.Frequency.MONTHLY, 1, List.of(DayOfWeek.FRIDAY), -1, LocalTime.of(10, 0),
                        LocalTime.of(11, 30), Set.of(), Optional.of(java.time.LocalDate.of(2026, 1, 5)), Optional.empty(),
                        "outdoors"));

        Map<SpreadsheetField, String> cells = ScheduleCells.format(schedules);

        assertEquals("Tue;Thu | last Fri", cells.get(SpreadsheetField.DAYS));
        assertEquals("every 2 weeks | monthly", cells.get(SpreadsheetField.FREQUENCY));
        assertEquals("10:00", cells.get(SpreadsheetField.START_TIME));
        assertEquals("Jul | ", cells.get(SpreadsheetField.MONTHS));
        assertEquals(schedules, ScheduleCells.parse(cells, (field, problem) -> {
            throw new AssertionError(field + " " + problem.messageKey());
        }));
    }

    @Test
    void columnMapping_guessesDocumentedNamesAndSynonyms_andTheUserCanChangeIt() {
        ColumnMapping guessed = ColumnMapping.guess(List.of("Programme", "Organisme", "CATEGORY", "Jours",
                "Heure de début", "Notes internes", "Code postal"));

        assertEquals(OptionalInt.of(0), guessed.column(SpreadsheetField.NAME));
        assertEquals(OptionalInt.of(1), guessed.column(SpreadsheetField.ORGANIZATION));
        assertEquals(OptionalInt.of(2), guessed.column(SpreadsheetField.CATEGORY));
        assertEquals(OptionalInt.of(3), guessed.column(SpreadsheetField.DAYS));
        assertEquals(OptionalInt.of(4), guessed.column(SpreadsheetField.START_TIME));
        assertEquals(OptionalInt.of(6), guessed.column(SpreadsheetField.POSTAL_CODE));
        assertEquals(Optional.empty(), guessed.fieldAt(5));
        assertEquals(List.of(), guessed.missingRequired());
        ColumnMapping changed = guessed.with(SpreadsheetField.SCHEDULE_NOTE, 5).with(SpreadsheetField.DESCRIPTION, 0)
                .without(SpreadsheetField.CATEGORY);
        assertEquals(Optional.of(SpreadsheetField.SCHEDULE_NOTE), changed.fieldAt(5));
        assertEquals(Optional.of(SpreadsheetField.DESCRIPTION), changed.fieldAt(0));
        assertEquals(List.of(SpreadsheetField.NAME, SpreadsheetField.CATEGORY), changed.missingRequired());
    }
}
