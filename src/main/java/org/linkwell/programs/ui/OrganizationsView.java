package org.linkwell.programs.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.linkwell.core.Messages;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.PartnerOrganization;

/** The partner organisations: who they are and how many of our programs they run. */
final class OrganizationsView extends VBox {
    private final TableView<PartnerOrganization> table = new TableView<>();
    private Button create;

    OrganizationsView(ProgramCatalogViewModel model, Messages messages, Consumer<PartnerOrganization> edit) {
        setSpacing(10);
        setPadding(new Insets(16));
        create = new Button(messages.get("organization.new"), new FontIcon(MaterialDesignP.PLUS));
        create.setId("organization-new");
        create.getStyleClass().add("accent");
        create.setOnAction(event -> edit.accept(PartnerOrganization.named("", "")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, spacer, create);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("organization-table");
        table.setAccessibleText(messages.get("programs.tab.organizations"));
        org.linkwell.ui.AccessibleRows.describe(table, messages);
        table.setPlaceholder(new Label("—"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PartnerOrganization, String> name = column(messages.get("organization.name").replace(" *", ""),
                PartnerOrganization::name, 260);
        TableColumn<PartnerOrganization, String> programs = new TableColumn<>(messages.get("programs.tab.programs"));
        programs.setCellValueFactory(row -> new ReadOnlyStringWrapper(Long.toString(model.catalogProperty().get()
                .programs().stream().filter(p -> p.organizationId().equals(java.util.Optional.of(row.getValue().id()))).count())));
        programs.setPrefWidth(90);
        TableColumn<PartnerOrganization, String> phone = column(messages.get("organization.phone"), PartnerOrganization::phone, 130);
        TableColumn<PartnerOrganization, String> contact = column(messages.get("organization.contactPerson"),
                PartnerOrganization::contactPerson, 160);
        TableColumn<PartnerOrganization, String> active = column(messages.get("organization.active"),
                o -> o.active() ? "✓" : "", 80);
        table.getColumns().setAll(java.util.List.of(name, programs, phone, contact, active));
        model.catalogProperty().addListener((obs, old, catalog) -> show(catalog));
        show(model.catalogProperty().get());
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                edit.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    private void show(Catalog catalog) {
        table.getItems().setAll(catalog.organizations());
    }

    private static TableColumn<PartnerOrganization, String> column(String title,
                                                                  java.util.function.Function<PartnerOrganization, String> value,
                                                                  double width) {
        TableColumn<PartnerOrganization, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** For people who read the catalog only: no New organisation. */
    void readOnly() {
        create.setVisible(false);
        create.setManaged(false);
    }
}
