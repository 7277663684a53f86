package org.linkwell.programs.ui;

import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Filter and form combo boxes whose empty choice reads "Any ..." (or another label) instead of a blank. */
final class ChoiceBoxes {
    private ChoiceBoxes() {
    }

    static <T> ComboBox<T> of(String id, Collection<T> values, Function<T, String> label, String emptyLabel,
                              ObjectProperty<T> bound) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (emptyLabel != null) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        box.setCellFactory(list -> cell(label, emptyLabel));
        box.setButtonCell(cell(label, emptyLabel));
        box.valueProperty().bindBidirectional(bound);
        box.setAccessibleText(emptyLabel);
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> label, String emptyLabel) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? emptyLabel : label.apply(item));
            }
        };
    }
}
