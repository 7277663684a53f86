package org.linkwell.clients.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** Builds the editor's fields, each bound to the form and showing its own error message beneath it. */
final class FieldFactory {
    private final Messages messages;
    private final ObservableMap<String, String> errors;

    FieldFactory(Messages messages, ObservableMap<String, String> errors) {
        this.messages = messages;
        this.errors = errors;
    }

    TextField text(String field, StringProperty value) {
        TextField input = new TextField();
        input.setId("client-" + field);
        input.textProperty().bindBidirectional(value);
        return input;
    }

    TextArea area(String field, StringProperty value) {
        TextArea input = new TextArea();
        input.setId("client-" + field);
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.textProperty().bindBidirectional(value);
        return input;
    }

    /** Puts "label: control" on the grid with an error line under the control for {@code field}. */
    void row(GridPane grid, int row, String labelKey, String field, Control control) {
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        VBox cell = new VBox(2, control, error);
        Label caption = Forms.row(grid, row, messages.get(labelKey), cell);
        caption.setLabelFor(control);
        control.setAccessibleText(messages.get(labelKey));
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (field.equals(change.getKey())) {
                String message = errors.get(field);
                error.setText(message == null ? "" : message);
                error.setVisible(message != null);
                control.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
            }
        });
    }
}
