package org.linkwell.clients.ui;

import java.time.Clock;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;
import org.linkwell.ui.Page;
import org.linkwell.ui.Shortcut;

/** The client registry: search on the left, the open record on the right. */
public final class ClientsPage implements Page {
    private static final KeyCombination NEW = Shortcut.NEW_CLIENT.keys().orElseThrow();
    private static final KeyCombination SAVE = Shortcut.SAVE.keys().orElseThrow();
    private static final KeyCombination FIND = Shortcut.FIND.keys().orElseThrow();

    private final Messages messages;
    private final DialogService dialogs;
    private final ClientListViewModel listModel;
    private final ClientEditorViewModel editorModel;
    private final ClientListView list;
    private final ClientEditorView editorView;
    private final ClientService service;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final SplitPane view;

    public ClientsPage(ClientService service, BackgroundTasks tasks, Messages messages, DialogService dialogs,
                       ErrorReporter errors, Navigator navigator, Clock clock,
                       java.util.List<org.linkwell.ui.ClientPanel> panels) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
        listModel = new ClientListViewModel(service, tasks, messages);
        editorModel = new ClientEditorViewModel(service, tasks, messages, errors, clock);
        editorModel.setDuplicateDecider(matches -> dialogs.show(new DuplicateDialog(messages, matches))
                .orElse(new ClientEditorViewModel.DuplicateChoice.GoBack()));
        editorModel.setOnSaved(saved -> listModel.refresh());
        editorModel.setOnStatus(navigator::say);

        list = new ClientListView(listModel, messages, this::open, this::createNew);
        editorView = new ClientEditorView(editorModel, messages, this::askClose, this::askNewInterest, panels);
        Node empty = emptyState();
        StackPane right = new StackPane(empty, editorView);
        editorView.visibleProperty().bind(editorModel.activeProperty());
        empty.visibleProperty().bind(editorModel.activeProperty().not());
        tasks.run(service::interests, editorView::setInterestOptions);

        view = new SplitPane(list, right);
        view.setId("clients-page");
        view.setDividerPositions(0.5);
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(MaterialDesignA.ACCOUNT_SEARCH_OUTLINE);
        icon.getStyleClass().add("placeholder-icon");
        Label text = new Label(messages.get("clients.empty.editor"));
        text.setWrapText(true);
        text.setMaxWidth(380);
        text.getStyleClass().add("placeholder-text");
        VBox box = new VBox(12, icon, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    @Override
    public void onKeyPressed(KeyEvent event) {
        if (NEW.match(event)) {
            createNew();
        } else if (SAVE.match(event) && editorModel.activeProperty().get()) {
            editorModel.save();
        } else if (FIND.match(event)) {
            list.focusSearch();
        } else if (Shortcut.CANCEL.matches(event) && editorModel.isDirty()) {
            if (dialogs.confirm(messages.get("client.discard.title"), messages.get("client.discard.text"),
                    messages.get("client.discard"))) {
                editorModel.revert();
            }
        } else {
            return;
        }
        event.consume();
    }

    public void open(ClientSummary summary) {
        open(summary.id());
    }

    public void open(long clientId) {
        Runnable go = () -> editorModel.open(clientId);
        if (confirmLeave(go)) {
            go.run();
        }
    }

    public void createNew() {
        if (confirmLeave(this::createNewNow)) {
            createNewNow();
        }
    }

    private void createNewNow() {
        editorModel.startNew();
        editorView.focusFirstField();
    }

    public void focusSearch() {
        list.focusSearch();
    }

    private void askClose() {
        String name = ClientEditorViewModel.displayName(editorModel.storedProperty().get());
        Runnable ask = () -> dialogs.show(new CloseClientDialog(messages, name)).ifPresent(editorModel::close);
        if (confirmLeave(ask)) {
            ask.run();
        }
    }

    private void askNewInterest() {
        dialogs.show(new AddInterestDialog(messages)).ifPresent(labels -> tasks.run(
                () -> service.addInterest(labels.get(0), labels.get(1)),
                added -> tasks.run(service::interests, options -> {
                    editorView.setInterestOptions(options);
                    editorModel.form().interests.add(added.code());
                }),
                failure -> {
                    if (failure instanceof org.linkwell.core.ValidationException invalid) {
                        var first = invalid.errors().get(0);
                        dialogs.error(messages.get("interest.add.title"), messages.get(first.messageKey(), first.args()));
                    } else {
                        errors.report(failure);
                    }
                }));
    }

    @Override
    public boolean confirmLeave(Runnable proceed) {
        if (!editorModel.isDirty()) {
            return true;
        }
        switch (dialogs.askUnsaved()) {
            case SAVE -> editorModel.save(proceed);
            case DISCARD -> {
                editorModel.revert();
                return true;
            }
            default -> { }
        }
        return false;
    }

    @Override
    public void shown() {
        listModel.refresh();
    }

    @Override
    public Node view() {
        return view;
    }

    /** Screens and lists of this page hide what clients' lockboxes withhold from the person at the desk. */
    public ClientsPage withPrivacy(org.linkwell.ui.ClientPrivacy privacy) {
        listModel.setPrivacy(privacy);
        editorModel.setPrivacy(privacy);
        return this;
    }

    /**
     * Leaves out what the person's role may not do on a record they see. Closing and reopening follow whether they
     * may change the record (journey work on their own clients), which the editor learns with each record.
     */
    public ClientsPage withAccess(org.linkwell.core.Access access) {
        editorView.allowAddingInterests(access.may(org.linkwell.core.Permission.CATALOG_EDIT));
        return this;
    }

    public ClientEditorViewModel editor() {
        return editorModel;
    }

    public ClientListViewModel list() {
        return listModel;
    }
}
