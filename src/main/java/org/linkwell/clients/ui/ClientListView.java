package org.linkwell.clients.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.linkwell.ui.Converters;
import org.linkwell.ui.TextZoom;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Messages;

/** The left side of the Clients page: search box, open/closed filter, and the result table. */
public final class ClientListView extends VBox {
    private final CustomTextField search = new CustomTextField();
    private final TableView<ClientSummary> table = new TableView<>();

    public ClientListView(ClientListViewModel model, Messages messages, Consumer<ClientSummary> open, Runnable create) {
        getStyleClass().add("client-list");
        setSpacing(10);
        setPadding(new Insets(16));

        Label title = new Label(messages.get("nav.clients"));
        title.getStyleClass().add("page-title");
        Button newClient = new Button(messages.get("clients.new"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        newClient.setId("client-new");
        newClient.getStyleClass().add("accent");
        newClient.setOnAction(event -> create.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, newClient);
        header.setAlignment(Pos.CENTER_LEFT);

        search.setId("client-search");
        search.setPromptText(messages.get("clients.search.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setAccessibleText(messages.get("clients.search.prompt"));
        search.setAccessibleHelp(messages.get("a11y.clients.search.help"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                if (event.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                    open.accept(table.getItems().get(0));
                }
                event.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<StatusFilter> filter = new ComboBox<>();
        filter.setId("client-filter");
        filter.getItems().setAll(StatusFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setConverter(Converters.named(f -> messages.get("clients.filter." + f.name().toLowerCase(java.util.Locale.ROOT))));
        filter.setAccessibleText(messages.get("clients.filter"));
        HBox searchRow = new HBox(8, search, filter);

        buildTable(model, messages, open);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("client-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());

        getChildren().addAll(header, searchRow, table, summary);
    }

    private void buildTable(ClientListViewModel model, Messages messages, Consumer<ClientSummary> open) {
        table.setId("client-table");
        org.linkwell.ui.AccessibleRows.describe(table, messages);
        table.setItems(model.results());
        table.setPlaceholder(new Label(messages.get("clients.list.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setAccessibleText(messages.get("clients.table"));

        TableColumn<ClientSummary, String> name = new TableColumn<>(messages.get("clients.column.name"));
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(model.isWithheld(row.getValue())
                ? messages.get("lockbox.list.name", row.getValue().displayName()) : row.getValue().displayName()));
        name.setPrefWidth(200);
        TextZoom.minWidth(name, 140);
        TableColumn<ClientSummary, String> chart = new TableColumn<>(messages.get("clients.column.chart"));
        chart.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().chartNumber()));
        TextZoom.minWidth(chart, 105);
        TableColumn<ClientSummary, java.time.LocalDate> born = org.linkwell.ui.Dates.column(
                messages.get("clients.column.born"), ClientSummary::dateOfBirth, messages);
        TextZoom.minWidth(born, 112);
        TableColumn<ClientSummary, String> phone = new TableColumn<>(messages.get("clients.column.phone"));
        phone.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().phone()));
        TextZoom.minWidth(phone, 122);
        TableColumn<ClientSummary, String> status = new TableColumn<>(messages.get("clients.column.status"));
        status.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                messages.get(row.getValue().closed() ? "client.state.closed" : "client.state.open")));
        TextZoom.minWidth(status, 72);
        status.visibleProperty().bind(model.filterProperty().isNotEqualTo(StatusFilter.OPEN));
        table.getColumns().setAll(java.util.List.of(name, chart, born, phone, status));

        table.setOnKeyPressed(event -> {
            ClientSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                event.consume();
            }
        });
        table.setOnMouseClicked(event -> {
            ClientSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && selected != null) {
                open.accept(selected);
            }
        });
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<ClientSummary> table() {
        return table;
    }
}
