package org.linkwell.programs.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.programs.Schedule;

/** One "when" line of a program in the editor: repeats, days, times and season. */
final class ScheduleRow extends VBox {
    private final ComboBox<Schedule.Frequency> frequency = new ComboBox<>();
    private final Spinner<Integer> interval = new Spinner<>(1, 12, 1);
    private final ComboBox<Integer> week = new ComboBox<>();
    private final List<ToggleButton> dayButtons = new ArrayList<>();
    private final TextField start = new TextField();
    private final TextField end = new TextField();
    private final ComboBox<Month> fromMonth = new ComboBox<>();
    private final ComboBox<Month> toMonth = new ComboBox<>();
    private final TextField note = new TextField();
    private final Label error = new Label();

    ScheduleRow(Messages messages, ProgramTexts texts, Optional<Schedule> schedule, Runnable remove) {
        getStyleClass().add("schedule-row");
        setSpacing(6);
        frequency.getItems().setAll(Schedule.Frequency.values());
        frequency.setConverter(converter(f -> messages.get(f == Schedule.Frequency.WEEKLY
                ? "program.schedule.weekly" : "program.schedule.monthly")));
        frequency.setValue(Schedule.Frequency.WEEKLY);
        interval.setPrefWidth(80);
        interval.setAccessibleText(messages.get("program.schedule.interval"));
        week.getItems().setAll(1, 2, 3, 4, -1);
        week.setConverter(converter(w -> messages.get("schedule.week." + w)));
        week.setValue(1);
        week.visibleProperty().bind(frequency.valueProperty().isEqualTo(Schedule.Frequency.MONTHLY));
        week.managedProperty().bind(week.visibleProperty());
        HBox repeat = new HBox(8, frequency, new Label(messages.get("program.schedule.interval")), interval, week);
        repeat.setAlignment(Pos.CENTER_LEFT);

        FlowPane days = new FlowPane(4, 4);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton button = new ToggleButton(texts.dayName(day).substring(0, 3));
            button.setUserData(day);
            button.getStyleClass().add("chip");
            button.setAccessibleText(texts.dayName(day));
            dayButtons.add(button);
            days.getChildren().add(button);
        }
        start.setPromptText("10:00");
        start.setPrefColumnCount(5);
        start.setAccessibleText(messages.get("program.schedule.start"));
        end.setPromptText("11:30");
        end.setPrefColumnCount(5);
        end.setAccessibleText(messages.get("program.schedule.end"));
        fromMonth.getItems().add(null);
        fromMonth.getItems().addAll(Month.values());
        toMonth.getItems().add(null);
        toMonth.getItems().addAll(Month.values());
        fromMonth.setConverter(converter(m -> m == null ? messages.get("program.schedule.allYear") : texts.monthName(m)));
        toMonth.setConverter(converter(m -> m == null ? "" : texts.monthName(m)));
        fromMonth.setPromptText(messages.get("program.schedule.allYear"));
        frequency.setAccessibleText(messages.get("program.schedule.frequency"));
        week.setAccessibleText(messages.get("program.schedule.week"));
        fromMonth.setAccessibleText(messages.get("a11y.schedule.fromMonth"));
        toMonth.setAccessibleText(messages.get("a11y.schedule.toMonth"));
        note.setPromptText(messages.get("program.schedule.note"));
        note.setAccessibleText(messages.get("program.schedule.note"));
        Button removeButton = new Button(messages.get("program.schedule.remove"));
        removeButton.getStyleClass().add("flat");
        removeButton.setOnAction(event -> remove.run());
        HBox times = new HBox(8, new Label(messages.get("program.schedule.start")), start,
                new Label(messages.get("program.schedule.end")), end,
                new Label(messages.get("program.schedule.months")), fromMonth, toMonth, removeButton);
        times.setAlignment(Pos.CENTER_LEFT);
        error.getStyleClass().add("field-error");
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(repeat, days, times, note, error);
        schedule.ifPresent(this::load);
    }

    private void load(Schedule s) {
        frequency.setValue(s.frequency());
        interval.getValueFactory().setValue(s.interval());
        if (s.frequency() == Schedule.Frequency.MONTHLY) {
            week.setValue(s.weekOfMonth());
        }
        dayButtons.forEach(b -> b.setSelected(s.days().contains((DayOfWeek) b.getUserData())));
        start.setText(s.opensAt().toString());
        end.setText(s.closesAt().toString());
        if (!s.months().isEmpty() && s.months().size() < 12) {
            List<Month> sorted = new ArrayList<>(s.months());
            sorted.sort(null);
            Month first = sorted.stream().filter(m -> !s.months().contains(m.minus(1))).findFirst().orElse(sorted.get(0));
            fromMonth.setValue(first);
            toMonth.setValue(first.plus(s.months().size() - 1L));
        }
        note.setText(s.note());
    }

    /** The schedule, or empty with the row's error shown. */
    Optional<Schedule> read(Messages messages, Schedule original) {
        error.setVisible(false);
        List<DayOfWeek> days = dayButtons.stream().filter(ToggleButton::isSelected)
                .map(b -> (DayOfWeek) b.getUserData()).toList();
        if (days.isEmpty() || frequency.getValue() == Schedule.Frequency.MONTHLY && days.size() != 1) {
            return fail(messages.get("validation.program.days"));
        }
        try {
            LocalTime opens = LocalTime.parse(pad(start.getText()));
            LocalTime closes = LocalTime.parse(pad(end.getText()));
            Set<Month> months = EnumSet.noneOf(Month.class);
            if (fromMonth.getValue() != null) {
                Month to = toMonth.getValue() == null ? fromMonth.getValue() : toMonth.getValue();
                for (Month m = fromMonth.getValue(); ; m = m.plus(1)) {
                    months.add(m);
                    if (m == to) {
                        break;
                    }
                }
            }
            return Optional.of(new Schedule(frequency.getValue(), interval.getValue(), days,
                    frequency.getValue() == Schedule.Frequency.MONTHLY ? week.getValue() : 0, opens, closes, months,
                    original == null ? Optional.empty() : original.validFrom(),
                    original == null ? Optional.empty() : original.validTo(), note.getText().strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return fail(messages.get("validation.program.time"));
        }
    }

    private Optional<Schedule> fail(String text) {
        error.setText(text);
        error.setVisible(true);
        return Optional.empty();
    }

    private static String pad(String time) {
        String t = time == null ? "" : time.strip().replace('h', ':').replace('.', ':');
        return t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t;
    }

    static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
