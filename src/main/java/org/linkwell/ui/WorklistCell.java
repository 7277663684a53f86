package org.linkwell.ui;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * A row of a dashboard worklist: its whole text wrapped to the list's width (less room for the scroll bar, so each
 * row is as tall as its lines at any text size; a wrapped label measured before the scroll bar appeared lost its
 * third line to "…"), marked "overdue" when it is urgent.
 */
public final class WorklistCell<T> extends ListCell<T> {
    private final Text shown;
    private final Function<T, String> text;
    private final Predicate<T> urgent;

    public WorklistCell(ListView<T> list, Function<T, String> text, Predicate<T> urgent) {
        this.shown = WrappedText.within(list);
        this.text = text;
        this.urgent = urgent;
        setPrefWidth(0);
        setGraphic(shown);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T row, boolean empty) {
        super.updateItem(row, empty);
        boolean blank = empty || row == null;
        setText(blank ? null : text.apply(row));
        shown.setText(blank ? "" : text.apply(row));
        getStyleClass().remove("overdue");
        if (!blank && urgent.test(row)) {
            getStyleClass().add("overdue");
        }
    }
}
