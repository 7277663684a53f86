package org.linkwell.ui;

import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.linkwell.core.Messages;

/** Screen readers announce a table's row as a sentence: each visible column's heading and its value. */
public final class AccessibleRows {
    private AccessibleRows() {
    }

    public static <T> void describe(TableView<T> table, Messages messages) {
        describe(table, item -> summary(table, item, messages));
    }

    public static <T> void describe(TableView<T> table, Function<T, String> summary) {
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setAccessibleText(empty || item == null ? null : summary.apply(item));
            }
        });
    }

    static <T> String summary(TableView<T> table, T item, Messages messages) {
        StringJoiner sentence = new StringJoiner(", ");
        for (TableColumn<T, ?> column : table.getVisibleLeafColumns()) {
            Object value = column.getCellData(item);
            String text = value instanceof LocalDate date ? messages.date(date) : value == null ? "" : value.toString();
            if (!text.isBlank()) {
                sentence.add(column.getText() + ": " + text);
            }
        }
        return sentence.toString();
    }
}
