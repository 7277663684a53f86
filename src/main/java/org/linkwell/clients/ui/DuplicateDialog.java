package org.linkwell.clients.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.linkwell.clients.DuplicateMatch;
import org.linkwell.core.Messages;

/** Shown before saving when another client may be the same person: open that record, save anyway, or go back. */
final class DuplicateDialog extends Dialog<ClientEditorViewModel.DuplicateChoice> {
    DuplicateDialog(Messages messages, List<DuplicateMatch> matches) {
        setTitle(messages.get("duplicate.title"));
        setHeaderText(messages.get("duplicate.header"));
        TableView<DuplicateMatch> table = new TableView<>();
        table.setId("duplicate-table");
        org.linkwell.ui.AccessibleRows.describe(table, messages);
        table.getItems().setAll(matches);
        table.setPrefHeight(60 + 32.0 * Math.min(matches.size(), 5));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DuplicateMatch, String> name = new TableColumn<>(messages.get("clients.column.name"));
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().other().displayName()));
        TableColumn<DuplicateMatch, String> chart = new TableColumn<>(messages.get("clients.column.chart"));
        chart.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().other().chartNumber()));
        TableColumn<DuplicateMatch, java.time.LocalDate> born = org.linkwell.ui.Dates.column(
                messages.get("clients.column.born"), row -> row.other().dateOfBirth(), messages);
        TableColumn<DuplicateMatch, String> why = new TableColumn<>(messages.get("duplicate.reason"));
        why.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                messages.get("duplicate.reason." + row.getValue().reason().name().toLowerCase(java.util.Locale.ROOT))));
        table.getColumns().setAll(List.of(name, chart, born, why));
        table.getSelectionModel().selectFirst();
        Label help = new Label(messages.get("duplicate.help"));
        help.setWrapText(true);
        getDialogPane().setContent(new VBox(10, help, table));
        getDialogPane().setPrefWidth(640);

        ButtonType open = new ButtonType(messages.get("duplicate.open"), ButtonBar.ButtonData.LEFT);
        ButtonType saveAnyway = new ButtonType(messages.get("duplicate.saveAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(messages.get("duplicate.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(open, saveAnyway, back);
        getDialogPane().lookupButton(open).setId("duplicate-open");
        getDialogPane().lookupButton(saveAnyway).setId("duplicate-save-anyway");
        getDialogPane().lookupButton(back).setId("duplicate-back");
        setResultConverter(button -> {
            if (button == saveAnyway) {
                return new ClientEditorViewModel.DuplicateChoice.SaveAnyway();
            }
            DuplicateMatch selected = table.getSelectionModel().getSelectedItem();
            if (button == open && selected != null) {
                return new ClientEditorViewModel.DuplicateChoice.OpenOther(selected.other().id());
            }
            return new ClientEditorViewModel.DuplicateChoice.GoBack();
        });
    }
}
