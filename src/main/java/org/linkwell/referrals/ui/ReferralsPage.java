package org.linkwell.referrals.ui;

import org.linkwell.ui.Converters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.core.Messages;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralService;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;
import org.linkwell.ui.Page;
import org.linkwell.ui.PageId;

/** All referrals as a worklist (open one to reach the client's journey), and the staff directory. */
public final class ReferralsPage implements Page {
    private Button add;
    enum Show { OPEN, NEW, CLOSED, ALL }

    private final ReferralService referrals;
    private final StaffService staff;
    private final ClientService clients;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final ComboBox<Show> show = new ComboBox<>();
    private final TableView<Row> table = new TableView<>();
    private final TableView<StaffMember> staffTable = new TableView<>();
    private final TabPane view;

    private org.linkwell.ui.ClientPrivacy privacy = org.linkwell.ui.ClientPrivacy.NONE;

    /** {@code notesWithheld}: the client's lockbox hides their notes, the reasons for referral among them. */
    record Row(Referral referral, String client, String prescriber, String navigator, boolean notesWithheld) {
    }

    /** Adding staff to the directory is journey work: hidden from people who may only refer. */
    public ReferralsPage withAccess(org.linkwell.core.Access access) {
        boolean mayAdd = access.may(org.linkwell.core.Permission.JOURNEY_WORK);
        add.setVisible(mayAdd);
        add.setManaged(mayAdd);
        return this;
    }

    /** Hides what clients' lockboxes withhold from the person at the desk. */
    public ReferralsPage withPrivacy(org.linkwell.ui.ClientPrivacy privacy) {
        this.privacy = privacy;
        return this;
    }

    public ReferralsPage(ReferralService referrals, StaffService staff, ClientService clients, BackgroundTasks tasks,
                         Messages messages, DialogService dialogs, Navigator navigator) {
        this.referrals = referrals;
        this.staff = staff;
        this.clients = clients;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        show.setId("referrals-show");
        show.getItems().setAll(Show.values());
        show.setValue(Show.OPEN);
        show.setConverter(Converters.named(s -> messages.get("referrals.show." + s.name().toLowerCase(java.util.Locale.ROOT))));
        show.valueProperty().addListener((obs, old, now) -> shown());
        buildTable();
        Label showLabel = new Label(messages.get("clients.filter"));
        showLabel.setLabelFor(show);
        HBox top = new HBox(10, Forms.pageTitle(messages.get("nav.referrals")), showLabel, show);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("referrals.hint"));
        hint.getStyleClass().add("text-muted");
        VBox list = new VBox(10, top, table, hint);
        list.setPadding(new Insets(16));
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab referralsTab = new Tab(messages.get("nav.referrals"), list);
        Tab staffTab = new Tab(messages.get("staff.title"), staffPane());
        staffTab.setId("tab-staff");
        view = new TabPane(referralsTab, staffTab);
        view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view.setId("referrals-page");
    }

    private void buildTable() {
        table.setId("referrals-table");
        table.setAccessibleText(messages.get("nav.referrals"));
        org.linkwell.ui.AccessibleRows.describe(table, messages);
        table.setPlaceholder(new Label(messages.get("referrals.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("clients.column.name", Row::client, 200),
                dateColumn(),
                column("referral.reasons", r -> r.notesWithheld() ? messages.get("lockbox.withheld.short")
                        : r.referral().reasons().stream().map(ReferralReason::messageKey)
                        .map(messages::get).sorted().collect(Collectors.joining(", ")), 240),
                column("journey.column.status", r -> messages.get(r.referral().status().messageKey()), 110),
                column("referral.prescriber", Row::prescriber, 150),
                column("journey.assign.navigator", Row::navigator, 150),
                column("referrals.firstContact", r -> r.referral().daysToFirstContact()
                        .map(days -> messages.get("referrals.days", days)).orElse("—"), 120)));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    private TableColumn<Row, java.time.LocalDate> dateColumn() {
        TableColumn<Row, java.time.LocalDate> date = org.linkwell.ui.Dates.column(messages.get("referral.date"),
                r -> java.util.Optional.of(r.referral().referredOn()), messages);
        date.setPrefWidth(120);
        return date;
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void openSelected() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            navigator.show(PageId.CLIENTS);
            navigator.<ClientsPage>page(PageId.CLIENTS).open(row.referral().clientId());
        }
    }

    private Node staffPane() {
        staffTable.setId("staff-table");
        staffTable.setAccessibleText(messages.get("staff.title"));
        org.linkwell.ui.AccessibleRows.describe(staffTable, messages);
        staffTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StaffMember, String> name = new TableColumn<>(messages.get("staff.name"));
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<StaffMember, String> role = new TableColumn<>(messages.get("staff.role"));
        role.setCellValueFactory(row -> new ReadOnlyStringWrapper(messages.get("staffRole." + row.getValue().role().code())));
        TableColumn<StaffMember, String> discipline = new TableColumn<>(messages.get("staff.discipline"));
        discipline.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().discipline()
                .map(d -> messages.get("discipline." + d.code())).orElse("")));
        staffTable.getColumns().setAll(List.of(name, role, discipline));
        add = new Button(messages.get("staff.add"));
        add.setId("staff-add");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> dialogs.show(new StaffDialog(messages)).ifPresent(member ->
                tasks.run(() -> staff.save(member), saved -> {
                    navigator.say(messages.get("staff.saved", saved.name()));
                    loadStaff();
                })));
        VBox box = new VBox(10, add, staffTable);
        box.setPadding(new Insets(16));
        VBox.setVgrow(staffTable, Priority.ALWAYS);
        return box;
    }

    private void loadStaff() {
        tasks.run(staff::all, members -> staffTable.getItems().setAll(members));
    }

    @Override
    public void shown() {
        Show chosen = show.getValue();
        List<ReferralStatus> statuses = switch (chosen) {
            case OPEN -> List.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS,
                    ReferralStatus.ON_HOLD);
            case NEW -> List.of(ReferralStatus.REQUESTED);
            case CLOSED -> List.of(ReferralStatus.COMPLETED, ReferralStatus.REJECTED, ReferralStatus.CANCELLED);
            case ALL -> Arrays.asList(ReferralStatus.values());
        };
        tasks.run(() -> {
            List<Referral> found = referrals.withStatus(statuses);
            Map<Long, ClientSummary> names = clients.summaries(found.stream().map(Referral::clientId).toList());
            Map<Long, String> staffNames = staff.all().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::name));
            java.util.Set<Long> withheld = privacy.withholding(names.keySet(), org.linkwell.lockbox.RecordPart.NOTES);
            return found.stream().map(r -> new Row(r,
                    Optional.ofNullable(names.get(r.clientId())).map(ClientSummary::displayName).orElse(""),
                    r.prescriberId().map(staffNames::get).orElse(""), r.navigatorId().map(staffNames::get).orElse(""),
                    withheld.contains(r.clientId())))
                    .toList();
        }, rows -> table.getItems().setAll(rows));
        loadStaff();
    }

    @Override
    public Node view() {
        return view;
    }
}
