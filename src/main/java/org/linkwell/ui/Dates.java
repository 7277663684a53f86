package org.linkwell.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import org.linkwell.core.Messages;

/**
 * Dates as the user reads them: table columns that show the language's date ("1 avr. 2026") but sort by the
 * date itself, and date pickers that write and read the language's short date instead of the computer's.
 */
public final class Dates {
    private Dates() {
    }

    /** A column of dates: shown in the current language, sorted by date, empty where there is none. */
    public static <S> TableColumn<S, LocalDate> column(String title, Function<S, Optional<LocalDate>> value,
                                                       Messages messages) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue()).orElse(null)));
        show(column, messages);
        return column;
    }

    /** Shows a date column's values in the current language. */
    private static <S> void show(TableColumn<S, LocalDate> column, Messages messages) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        });
    }

    /** A date picker that writes the language's short date and reads it back, as well as ISO and the long form. */
    public static DatePicker picker(LocalDate value, Messages messages) {
        DatePicker picker = new DatePicker(value);
        picker.setConverter(converter(messages, picker::getValue));
        return picker;
    }

    static StringConverter<LocalDate> converter(Messages messages, java.util.function.Supplier<LocalDate> kept) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : formats(messages).get(0).format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : formats(messages)) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (DateTimeParseException e) {
                        // try the next way of writing a date
                    }
                }
                return kept.get();  // text that is not a date leaves the date as it was
            }
        };
    }

    private static List<DateTimeFormatter> formats(Messages messages) {
        return List.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale()),
                DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()));
    }
}
