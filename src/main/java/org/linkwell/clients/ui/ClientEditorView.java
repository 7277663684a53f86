package org.linkwell.clients.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClosureReason;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;

/** The right side of the Clients page: one client's record in titled sections, Save at the bottom right. */
public final class ClientEditorView extends BorderPane {
    private final StrengthSections strengths;
    private final ScrollPane scroll;
    private final VBox sections;

    public ClientEditorView(ClientEditorViewModel model, Messages messages, Runnable askClose, Runnable askNewInterest,
                            java.util.List<org.linkwell.ui.ClientPanel> panels) {
        getStyleClass().add("client-editor");
        FieldFactory fields = new FieldFactory(messages, model.fieldErrors());
        IdentitySections identity = new IdentitySections(messages, fields, model.form());
        strengths = new StrengthSections(messages, fields, model.form(), askNewInterest);

        setTop(header(model, messages));
        WithheldParts withheld = new WithheldParts(model, messages, strengths.equity());
        sections = new VBox(16, withheld.glassReminder(), identity.identity(), recordOnly(model, strengths.whatMatters()),
                identity.contact(), recordOnly(model, identity.consent()), recordOnly(model, strengths.needs()),
                recordOnly(model, strengths.barriers()), recordOnly(model, withheld.equity()));
        sections.setPadding(new Insets(4, 24, 24, 24));
        scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setId("client-editor-scroll");
        if (panels.isEmpty()) {
            setCenter(scroll);
        } else {
            javafx.scene.control.Tab record = new javafx.scene.control.Tab(messages.get("client.tab.record"), scroll);
            record.setId("tab-record");
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(record);
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            java.util.Map<org.linkwell.ui.ClientPanel, javafx.scene.control.Tab> panelTabs = new java.util.LinkedHashMap<>();
            for (org.linkwell.ui.ClientPanel panel : panels) {
                javafx.scene.control.Tab tab = new javafx.scene.control.Tab(panel.title(), panel.view());
                tab.setId("tab-" + panel.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                tab.disableProperty().bind(Bindings.createBooleanBinding(() -> model.storedProperty().get().isNew()
                        || panel.needsWholeRecord() && !model.wholeRecordProperty().get(),
                        model.storedProperty(), model.wholeRecordProperty()));
                tabs.getTabs().add(tab);
                panelTabs.put(panel, tab);
            }
            model.storedProperty().addListener((obs, old, client) -> {
                if (client.isNew() || tabs.getSelectionModel().getSelectedItem().isDisable()) {
                    tabs.getSelectionModel().select(record);
                } else if (tabs.getSelectionModel().getSelectedItem() != record) {
                    // Only the tab in view loads, so opening a record reads no more than the user sees.
                    showOpenPanels(panelTabs, client.id());
                }
            });
            tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
                Client client = model.storedProperty().get();
                if (tab != record && !client.isNew()) {
                    showOpenPanels(panelTabs, client.id());
                }
            });
            setCenter(tabs);
        }
        withheld.coverWhenLocked(this);
        setBottom(footer(model, messages, askClose));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> revealIfInside(sections, focused));
            }
        });
    }

    /** Panels whose tab is closed to this person are not asked for what they could not show. */
    private static void showOpenPanels(java.util.Map<org.linkwell.ui.ClientPanel, javafx.scene.control.Tab> panelTabs,
                                       long clientId) {
        panelTabs.forEach((panel, tab) -> {
            if (!tab.isDisable()) {
                panel.show(clientId);
            }
        });
    }

    /** Hides adding to the list of interests from people who may not change the catalog's words. */
    public void allowAddingInterests(boolean addInterests) {
        strengths.allowAddingInterests(addInterests);
    }

    /** A part of the record beyond the contact details: hidden from people who see those only. */
    private static javafx.scene.Node recordOnly(ClientEditorViewModel model, javafx.scene.Node section) {
        section.visibleProperty().bind(model.wholeRecordProperty());
        section.managedProperty().bind(model.wholeRecordProperty());
        section.disableProperty().bind(model.recordEditableProperty().not());
        return section;
    }

    /** Keyboard users tab through a long form: keep the field with the focus in view. */
    private void revealIfInside(VBox sections, javafx.scene.Node focused) {
        if (focused == null || !isInside(sections, focused)) {
            return;
        }
        javafx.geometry.Bounds inContent = sections.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double contentHeight = sections.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = -scroll.getViewportBounds().getMinY();
        if (inContent.getMinY() < top || inContent.getMaxY() > top + viewport) {
            double target = Math.max(0, inContent.getMinY() - viewport / 3);
            scroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
        }
    }

    private static boolean isInside(javafx.scene.Node parent, javafx.scene.Node node) {
        for (javafx.scene.Node current = node; current != null; current = current.getParent()) {
            if (current == parent) {
                return true;
            }
        }
        return false;
    }

    private VBox header(ClientEditorViewModel model, Messages messages) {
        Label title = new Label();
        title.setId("client-title");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Client client = model.storedProperty().get();
            if (model.lockedProperty().get().isPresent()) {
                return model.lockedProperty().get().get().name();
            }
            return client.isNew() ? messages.get("clients.new") : ClientEditorViewModel.displayName(client);
        }, model.storedProperty(), model.lockedProperty()));
        Label state = new Label();
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.setId("client-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(model.storedProperty().get(), messages),
                model.storedProperty()));
        state.getStyleClass().add("state-badge");
        state.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.lockedProperty().get().isEmpty(),
                model.lockedProperty()));
        model.storedProperty().addListener((obs, old, client) ->
                state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("closed"), client.isClosed()));
        Label unsaved = new Label(messages.get("client.unsaved"));
        unsaved.getStyleClass().add("unsaved-badge");
        unsaved.visibleProperty().bind(model.dirtyProperty());
        HBox titleRow = new HBox(12, title, state, unsaved);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label banner = new Label();
        banner.setId("client-banner");
        banner.getStyleClass().add("banner-error");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        Label contactOnly = new Label(messages.get("client.contactOnly"));
        contactOnly.setId("client-contact-only");
        contactOnly.getStyleClass().add("text-muted");
        contactOnly.setWrapText(true);
        contactOnly.visibleProperty().bind(model.wholeRecordProperty().not());
        contactOnly.managedProperty().bind(contactOnly.visibleProperty());
        Label readOnly = new Label(messages.get("client.readOnlyRecord"));
        readOnly.setId("client-read-only");
        readOnly.getStyleClass().add("text-muted");
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(model.wholeRecordProperty().and(model.recordEditableProperty().not()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        VBox header = new VBox(8, titleRow, contactOnly, readOnly, banner);
        header.setPadding(new Insets(16, 24, 8, 24));
        return header;
    }

    private static String stateText(Client client, Messages messages) {
        if (client.isNew()) {
            return messages.get("client.state.new");
        }
        if (!client.isClosed()) {
            return messages.get("client.state.open");
        }
        String reason = client.closure().reason();
        String label = ClosureReason.of(reason).map(r -> messages.get(r.messageKey())).orElse(reason);
        return messages.get("client.state.closedOn", messages.date(client.closure().closedOn().orElse(null)), label);
    }

    private HBox footer(ClientEditorViewModel model, Messages messages, Runnable askClose) {
        Button close = new Button(messages.get("client.close"), new FontIcon(MaterialDesignA.ARCHIVE_OUTLINE));
        close.setId("client-close");
        close.setOnAction(event -> askClose.run());
        close.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.storedProperty().get().isNew() && !model.storedProperty().get().isClosed()
                        && model.recordEditableProperty().get(), model.storedProperty(), model.recordEditableProperty()));
        close.managedProperty().bind(close.visibleProperty());
        Button reopen = new Button(messages.get("client.reopen"), new FontIcon(MaterialDesignU.UNDO));
        reopen.setId("client-reopen");
        reopen.setOnAction(event -> model.reopen());
        reopen.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.storedProperty().get().isClosed() && model.recordEditableProperty().get(),
                model.storedProperty(), model.recordEditableProperty()));
        reopen.managedProperty().bind(reopen.visibleProperty());

        Button discard = new Button(messages.get("client.discard"));
        discard.setId("client-discard");
        discard.disableProperty().bind(model.dirtyProperty().not());
        discard.setOnAction(event -> model.revert());
        Button save = new Button(messages.get("action.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("client-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(event -> model.save());
        Label hint = new Label(messages.get("client.saveHint"));
        hint.getStyleClass().add("text-muted");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control keep : java.util.List.of(close, reopen, discard, save)) {
            keep.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        HBox footer = new HBox(10, close, reopen, spacer, hint, discard, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 24, 12, 24));
        footer.getStyleClass().add("editor-footer");
        footer.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.lockedProperty().get().isEmpty(),
                model.lockedProperty()));
        footer.managedProperty().bind(footer.visibleProperty());
        return footer;
    }

    public void setInterestOptions(java.util.List<InterestOption> options) {
        strengths.setInterestOptions(options);
    }

    /** Puts the cursor in the first field, at the top of the form. */
    public void focusFirstField() {
        scroll.setVvalue(0);
        javafx.scene.Node first = sections.lookup("#client-givenName");
        if (first == null) {
            return;
        }
        if (first.getScene() != null) {
            first.requestFocus();
            return;
        }
        // A page opened just now is not in the window until the next layout pass.
        first.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null) {
                    first.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(first::requestFocus);
                }
            }
        });
    }
}
