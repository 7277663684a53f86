package org.linkwell.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Control;
import javafx.scene.text.Text;

/** Text for a list's cell that wraps to the list's width, leaving room for the cell's padding and a scroll bar. */
public final class WrappedText {
    public static final String STYLE = "wrapped-text";

    private WrappedText() {
    }

    public static Text within(Control list) {
        Text text = new Text();
        text.getStyleClass().add(STYLE);
        // Padding and borders (about 20 px) and a vertical scroll bar (about one line high wide) at any text size.
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(40, list.getWidth() - 24 - 1.2 * text.getFont().getSize()),
                list.widthProperty(), text.fontProperty()));
        return text;
    }
}
