package org.linkwell.programs.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.exchange.ColumnMapping;
import org.linkwell.exchange.ImportPreview;
import org.linkwell.exchange.ImportProblem;
import org.linkwell.exchange.Sheet;
import org.linkwell.exchange.SpreadsheetField;
import org.linkwell.exchange.SpreadsheetFields;
import org.linkwell.ui.Forms;

/**
 * Import preview: for a spreadsheet, which column holds which field; then what would be saved and
 * every problem with its file, row and column. Nothing is saved until the user says so. The result
 * is whether to skip the bad rows.
 */
final class ImportDialog extends Dialog<Boolean> {
    private final Messages messages;
    private final Label summary = new Label();
    private final ListView<String> problems = new ListView<>();
    private final CheckBox skip = new CheckBox();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();

    /**
     * @param sheet    the spreadsheet, or empty for an HSDS folder (no mapping step)
     * @param remap    asked to compute a new preview for a changed mapping; it calls {@link #show} back
     */
    ImportDialog(Messages messages, String source, Optional<Sheet> sheet, ColumnMapping mapping,
                 BiConsumer<ImportDialog, ColumnMapping> remap) {
        this.messages = messages;
        setTitle(messages.get("import.dialog.title"));
        setHeaderText(messages.get("import.dialog.header", source));
        setResizable(true);
        VBox content = new VBox(12);
        content.setPadding(new Insets(4));
        sheet.ifPresent(s -> content.getChildren().add(mappingPane(s, mapping, remap)));
        summary.setId("import-summary");
        summary.setWrapText(true);
        problems.setId("import-problems");
        problems.setPrefHeight(220);
        problems.setPlaceholder(new Label(messages.get("import.dialog.noProblems")));
        skip.setId("import-skip");
        skip.setText(messages.get("import.dialog.skip"));
        content.getChildren().addAll(summary, problems, skip);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(860);
        ButtonType importButton = new ButtonType(messages.get("import.dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importButton, cancel);
        javafx.scene.Node confirm = getDialogPane().lookupButton(importButton);
        confirm.setId("import-confirm");
        confirm.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ImportPreview p = preview.get();
            return p == null || p.goodRows().isEmpty() || p.hasProblems() && !(skip.isSelected() && p.canSkipBadRows());
        }, preview, skip.selectedProperty()));
        setResultConverter(button -> button == importButton ? skip.isSelected() : null);
    }

    private TitledPane mappingPane(Sheet sheet, ColumnMapping initial, BiConsumer<ImportDialog, ColumnMapping> remap) {
        GridPane grid = Forms.grid();
        ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(initial);
        List<SpreadsheetField> fields = SpreadsheetFields.all();
        for (int i = 0; i < fields.size(); i++) {
            SpreadsheetField field = fields.get(i);
            ComboBox<Integer> column = new ComboBox<>();
            column.setId("map-" + field.column());
            column.getItems().add(-1);
            for (int c = 0; c < sheet.headers().size(); c++) {
                column.getItems().add(c);
            }
            column.setConverter(ScheduleRow.converter(c -> c == null || c < 0 ? messages.get("import.dialog.notInFile")
                    : sheet.headers().get(c)));
            column.setValue(initial.column(field).isPresent() ? initial.column(field).getAsInt() : -1);
            column.valueProperty().addListener((obs, old, chosen) -> {
                ColumnMapping next = chosen == null || chosen < 0 ? mapping.get().without(field) : mapping.get().with(field, chosen);
                mapping.set(next);
                remap.accept(this, next);
            });
            String label = messages.get(field.messageKey()) + (field.required() ? " *" : "");
            Forms.row(grid, i, label, column);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        TitledPane pane = new TitledPane(messages.get("import.dialog.columns"), scroll);
        pane.setId("import-mapping");
        pane.setExpanded(!initial.missingRequired().isEmpty());
        return pane;
    }

    ImportPreview current() {
        return preview.get();
    }

    /** Shows a (new) preview: what would be saved, and every problem in the user's language. */
    void show(ImportPreview result) {
        preview.set(result);
        summary.setText(messages.get("import.dialog.summary", result.goodRows().size(), result.badRows().size(),
                result.problems().size()));
        problems.getItems().setAll(result.problems().stream().map(this::describe).toList());
        skip.setDisable(!result.canSkipBadRows() || !result.hasProblems());
    }

    private String describe(ImportProblem problem) {
        return messages.get(problem.whereKey(), problem.whereArgs()) + ": "
                + messages.get(problem.messageKey(), problem.args().toArray());
    }
}
