package org.linkwell.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The one layout grammar of Linkwell forms: titled sections holding label/field grids. */
public final class Forms {
    private Forms() {
    }

    public static Label pageTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("page-title");
        return title;
    }

    public static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        if (body instanceof javafx.scene.control.Control control && control.getAccessibleText() == null) {
            // A list or table that is the whole section is named by the section's heading.
            control.setAccessibleText(title);
        }
        VBox section = new VBox(10, heading, body);
        section.getStyleClass().add("form-section");
        section.setPadding(new Insets(14, 16, 16, 16));
        return section;
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Adds "label: field" on a row; the label is tied to the field for screen readers and mnemonics. */
    public static Label row(GridPane grid, int row, String label, Node field) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.getStyleClass().add("field-label");
        // Top-aligned so labels stay beside the first line of tall fields (notes, interest chips).
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        caption.setPadding(new Insets(6, 0, 0, 0));
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        field.setAccessibleText(label);
        return caption;
    }
}
