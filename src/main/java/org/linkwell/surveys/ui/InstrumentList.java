package org.linkwell.surveys.ui;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.linkwell.surveys.InstrumentDefinition;

/** The instruments of this data file, every version, with the citation and licence of the one chosen. */
final class InstrumentList {
    private final TableView<InstrumentDefinition> table = new TableView<>();
    private final Label detail = new Label();
    private final VBox view;

    InstrumentList(SurveyTexts texts, Predicate<InstrumentDefinition> shipped) {
        var messages = texts.messages();
        table.setId("instruments-table");
        table.setAccessibleText(messages.get("instruments.title"));
        table.setPrefHeight(340);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column(messages.get("instruments.column.name"), 300, texts::name),
                column(messages.get("instruments.column.version"), 70, d -> String.valueOf(d.version())),
                column(messages.get("instruments.column.respondent"), 130,
                        d -> messages.get("instrument.respondent." + d.respondent().code())),
                column(messages.get("instruments.column.source"), 160, d -> messages.get(shipped.test(d)
                        ? "instruments.source.shipped" : "instruments.source.loaded"))));
        detail.setWrapText(true);
        detail.getStyleClass().add("help-text");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> detail.setText(chosen == null
                ? "" : messages.get("instruments.detail", chosen.citation(), texts.text(chosen.licence()))));
        view = new VBox(8, table, detail);
    }

    private static TableColumn<InstrumentDefinition, String> column(String title, double width,
            java.util.function.Function<InstrumentDefinition, String> value) {
        TableColumn<InstrumentDefinition, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    void show(List<InstrumentDefinition> all) {
        table.getItems().setAll(all);
    }

    Node view() {
        return view;
    }
}
