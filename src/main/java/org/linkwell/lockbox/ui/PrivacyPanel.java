package org.linkwell.lockbox.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.core.Access;
import org.linkwell.core.Messages;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.lockbox.Directive;
import org.linkwell.lockbox.LockboxService;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.referrals.StaffMember;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.Converters;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;

/**
 * The client's Privacy tab: what they keep private and from whom, recorded and withdrawn at their request. Only for
 * a session that may see the whole record (the wiring adds it for no one else).
 */
public final class PrivacyPanel implements ClientPanel {
    private final LockboxService lockbox;
    private final Access access;
    private final Supplier<List<StaffMember>> staff;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Navigator navigator;
    private final ZoneId zone;
    private final TableView<Directive> directives = new TableView<>();
    private final ChoiceBox<RecordPart> part = new ChoiceBox<>();
    private final ComboBox<Optional<StaffMember>> from = new ComboBox<>();
    private final ScrollPane view;
    private Map<Long, String> names = Map.of();
    private LongConsumer onChanged = clientId -> { };
    private long clientId;

    public PrivacyPanel(LockboxService lockbox, Access access, Supplier<List<StaffMember>> staff, BackgroundTasks tasks,
                        Messages messages, DialogService dialogs, ErrorReporter errors, Navigator navigator,
                        ZoneId zone) {
        this.lockbox = lockbox;
        this.access = access;
        this.staff = staff;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        this.navigator = navigator;
        this.zone = zone;
        Label help = new Label(messages.get("lockbox.help"));
        help.setWrapText(true);
        buildTable();
        Button withdraw = new Button(messages.get("lockbox.withdraw"));
        withdraw.setId("lockbox-withdraw");
        withdraw.disableProperty().bind(directives.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(event -> withdraw(directives.getSelectionModel().getSelectedItem()));
        HBox listActions = new HBox(8, withdraw);
        listActions.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(16,
                Forms.section(messages.get("lockbox.section.directives"), new VBox(10, help, directives, listActions)),
                Forms.section(messages.get("lockbox.section.add"), addForm()));
        content.setPadding(new Insets(12, 24, 24, 24));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setId("privacy-panel");
    }

    /** Called after a directive is recorded or withdrawn, so the client's page can hide or show again at once. */
    public void setOnChanged(LongConsumer onChanged) {
        this.onChanged = onChanged;
    }

    private void buildTable() {
        directives.setId("lockbox-directives");
        org.linkwell.ui.AccessibleRows.describe(directives, messages);
        directives.setPrefHeight(180);
        directives.setPlaceholder(new Label(messages.get("lockbox.none")));
        directives.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        directives.getColumns().setAll(List.of(
                column("lockbox.column.part", 240, d -> messages.get(d.part().messageKey())),
                column("lockbox.column.from", 150, d -> d.fromStaffId().map(id -> names.getOrDefault(id, "#" + id))
                        .orElse(messages.get("lockbox.from.everyone"))),
                column("lockbox.column.recorded", 170, d -> messages.get("lockbox.recorded",
                        messages.date(d.recordedAt().atZone(zone).toLocalDate()),
                        d.recordedBy())),
                column("lockbox.column.state", 170, d -> d.withdrawnAt().map(at -> messages.get("lockbox.state.withdrawn",
                        messages.date(at.atZone(zone).toLocalDate()), d.withdrawnBy()))
                        .orElse(messages.get("lockbox.state.active")))));
    }

    private TableColumn<Directive, String> column(String key, double width,
                                                  java.util.function.Function<Directive, String> value) {
        TableColumn<Directive, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Node addForm() {
        part.setId("lockbox-part");
        part.getItems().setAll(RecordPart.values());
        part.setConverter(Converters.named(p -> messages.get(p.messageKey())));
        from.setId("lockbox-from");
        from.setConverter(Converters.named(who -> who.map(StaffMember::name).orElse(messages.get("lockbox.from.everyone"))));
        from.getItems().setAll(List.of(Optional.empty()));
        from.setValue(Optional.empty());
        Button record = new Button(messages.get("lockbox.add"));
        record.setId("lockbox-add");
        record.getStyleClass().add("accent");
        record.disableProperty().bind(part.valueProperty().isNull());
        record.setOnAction(event -> add());
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lockbox.field.part"), part);
        Forms.row(grid, 1, messages.get("lockbox.field.from"), from);
        HBox actions = new HBox(record);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(10, grid, actions);
    }

    private void add() {
        RecordPart chosen = part.getValue();
        Optional<StaffMember> person = from.getValue() == null ? Optional.empty() : from.getValue();
        long client = clientId;
        tasks.run(() -> lockbox.add(client, chosen, person.map(StaffMember::id), access), added -> {
            navigator.say(messages.get("lockbox.added", messages.get(chosen.messageKey()),
                    person.map(StaffMember::name).orElse(messages.get("lockbox.from.everyone"))));
            part.setValue(null);
            changed(client);
        }, this::failed);
    }

    private void withdraw(Directive directive) {
        if (directive == null || !directive.isActive()) {
            return;
        }
        String what = messages.get(directive.part().messageKey());
        if (!dialogs.confirm(messages.get("lockbox.withdraw.title"), messages.get("lockbox.withdraw.text", what),
                messages.get("lockbox.withdraw.confirm"))) {
            return;
        }
        long client = clientId;
        tasks.run(() -> lockbox.withdraw(directive.id(), directive.version(), access), withdrawn -> {
            navigator.say(messages.get("lockbox.withdrawn", what));
            changed(client);
        }, this::failed);
    }

    private void changed(long client) {
        show(client);
        onChanged.accept(client);
    }

    private void failed(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            var first = invalid.errors().get(0);
            dialogs.error(messages.get("lockbox.tab"), messages.get(first.messageKey(), first.args()));
        } else if (failure instanceof StaleRecordException) {
            dialogs.error(messages.get("lockbox.tab"), messages.get("lockbox.error.stale"));
            show(clientId);
        } else {
            errors.report(failure);
        }
    }

    @Override
    public String title() {
        return messages.get("lockbox.tab");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(long clientId) {
        this.clientId = clientId;
        tasks.run(() -> new Loaded(lockbox.directives(clientId, access), staff.get()), loaded -> {
            if (this.clientId != clientId) {
                return;
            }
            names = loaded.staff().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::name));
            directives.getItems().setAll(loaded.directives());
            Optional<StaffMember> chosen = from.getValue();
            from.getItems().setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<StaffMember>empty()),
                    loaded.staff().stream().filter(StaffMember::active).map(Optional::of)).toList());
            from.setValue(chosen != null && from.getItems().contains(chosen) ? chosen : Optional.empty());
        });
    }

    private record Loaded(List<Directive> directives, List<StaffMember> staff) {
    }
}
