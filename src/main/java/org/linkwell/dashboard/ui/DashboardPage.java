package org.linkwell.dashboard.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.DashboardService;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;
import org.linkwell.ui.Page;
import org.linkwell.ui.PageId;

/** The navigator's start page: what needs doing today, one click from each client. */
public final class DashboardPage implements Page {
    private final DashboardService dashboard;
    private final StaffService staff;
    private final SettingsStore settings;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Navigator navigator;
    private final ComboBox<StaffMember> me = new ComboBox<>();
    private final Label meLabel = new Label();
    /** Cards flow onto a second row when the text is large or the window narrow, instead of squeezing words. */
    private final javafx.scene.layout.FlowPane figures = new javafx.scene.layout.FlowPane(12, 12);
    private final ListView<Row> unassigned = list("dashboard-unassigned");
    private final ListView<Row> mine = list("dashboard-mine");
    private final ListView<Row> followUps = list("dashboard-followups");
    private final ListView<Row> waiting = list("dashboard-waiting");
    private final ScrollPane view;
    private final VBox content;
    private final List<Runnable> extraRefreshes = new java.util.ArrayList<>();
    private boolean loadingNavigator;

    /** One line of a worklist: the client it leads to and what to say about it. */
    record Row(long clientId, String text, boolean urgent) {
    }

    public DashboardPage(DashboardService dashboard, StaffService staff, SettingsStore settings, BackgroundTasks tasks,
                         Messages messages, Navigator navigator) {
        this.dashboard = dashboard;
        this.staff = staff;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.navigator = navigator;
        me.setId("dashboard-me");
        me.setPromptText(messages.get("dashboard.me.choose"));
        me.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StaffMember member) {
                return member == null ? "" : member.name();
            }

            @Override
            public StaffMember fromString(String text) {
                return null;
            }
        });
        me.valueProperty().addListener((obs, old, chosen) -> {
            if (!loadingNavigator && chosen != null) {
                tasks.run(() -> {
                    settings.put(SettingsStore.CURRENT_NAVIGATOR, Long.toString(chosen.id()));
                    return chosen;
                }, saved -> shown());
            }
        });
        meLabel.setText(messages.get("dashboard.me"));
        meLabel.setLabelFor(me);
        me.setAccessibleHelp(messages.get("a11y.dashboard.me.help"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button find = new Button(messages.get("dashboard.find"), new FontIcon(MaterialDesignM.MAGNIFY));
        find.setId("dashboard-find");
        find.setOnAction(event -> {
            navigator.show(PageId.CLIENTS);
            navigator.<ClientsPage>page(PageId.CLIENTS).focusSearch();
        });
        Button create = new Button(messages.get("clients.new"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        create.setId("dashboard-new-client");
        create.getStyleClass().add("accent");
        create.setOnAction(event -> {
            navigator.show(PageId.CLIENTS);
            navigator.<ClientsPage>page(PageId.CLIENTS).createNew();
        });
        HBox header = new HBox(12, Forms.pageTitle(messages.get("nav.dashboard")), spacer, meLabel, me, find, create);
        header.setAlignment(Pos.CENTER_LEFT);
        GridPane lists = new GridPane();
        lists.setHgap(16);
        lists.setVgap(16);
        lists.add(Forms.section(messages.get("dashboard.unassigned"), unassigned), 0, 0);
        lists.add(Forms.section(messages.get("dashboard.followups"), followUps), 1, 0);
        lists.add(Forms.section(messages.get("dashboard.waiting"), waiting), 0, 1);
        lists.add(Forms.section(messages.get("dashboard.mine"), mine), 1, 1);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(50);
            lists.getColumnConstraints().add(column);
        }
        content = new VBox(18, header, figures, lists);
        content.setPadding(new Insets(24));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setId("dashboard-page");
    }

    private ListView<Row> list(String id) {
        ListView<Row> list = new ListView<>();
        list.setId(id);
        list.getStyleClass().add("worklist");
        list.setCellFactory(v -> new org.linkwell.ui.WorklistCell<>(list, Row::text, Row::urgent));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected(list);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(list);
            }
        });
        return list;
    }

    /** Another feature's worklist (e.g. surveys due), shown below the others and refreshed with them. */
    public void addWorklist(Node section, Runnable refresh) {
        content.getChildren().add(section);
        extraRefreshes.add(refresh);
    }

    /**
     * "I am" picks whose worklist is "mine": a navigator's (set at sign-in) or one a manager looks at. People who do
     * not work journeys (prescribers) have no such list, so the picker is left out for them.
     */
    public DashboardPage withAccess(org.linkwell.core.Access access) {
        boolean worksJourneys = access.may(org.linkwell.core.Permission.JOURNEY_WORK);
        for (javafx.scene.Node node : List.of(meLabel, me)) {
            node.setVisible(worksJourneys);
            node.setManaged(worksJourneys);
        }
        return this;
    }

    private void openSelected(ListView<Row> list) {
        Row row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            navigator.show(PageId.CLIENTS);
            navigator.<ClientsPage>page(PageId.CLIENTS).open(row.clientId());
        }
    }

    private record Loaded(DashboardService.Dashboard dashboard, List<StaffMember> navigators, Optional<Long> me) {
    }

    @Override
    public void shown() {
        tasks.run(() -> {
            Optional<Long> current = settings.get(SettingsStore.CURRENT_NAVIGATOR).map(Long::valueOf);
            return new Loaded(dashboard.dashboard(current), staff.active(StaffMember.Role.NAVIGATOR), current);
        }, this::show);
        extraRefreshes.forEach(Runnable::run);
    }

    private void show(Loaded loaded) {
        loadingNavigator = true;
        me.getItems().setAll(loaded.navigators());
        me.setValue(loaded.me().flatMap(id -> loaded.navigators().stream().filter(n -> n.id() == id).findFirst()).orElse(null));
        loadingNavigator = false;
        DashboardService.Dashboard d = loaded.dashboard();
        Function<Long, String> name = id -> Optional.ofNullable(d.clients().get(id)).map(ClientSummary::displayName).orElse("");
        unassigned.getItems().setAll(d.unassigned().stream().map(r -> new Row(r.clientId(),
                messages.get("dashboard.row.referral", name.apply(r.clientId()), messages.date(r.referredOn()),
                        d.daysWaiting(r)), r.urgency() == Referral.Urgency.URGENT)).toList());
        mine.getItems().setAll(d.myOpen().stream().map(r -> new Row(r.clientId(),
                messages.get("dashboard.row.mine", name.apply(r.clientId()), messages.get(r.status().messageKey())),
                false)).toList());
        followUps.getItems().setAll(d.followUps().stream().map((Encounter e) -> new Row(e.clientId(),
                messages.get(d.isOverdue(e) ? "dashboard.row.overdue" : "dashboard.row.due", name.apply(e.clientId()),
                        e.nextStep(), messages.date(e.nextStepDueOn().orElse(null))), d.isOverdue(e))).toList());
        waiting.getItems().setAll(d.waitingForFirstContact().stream().map(r -> new Row(r.clientId(),
                messages.get("dashboard.row.waiting", name.apply(r.clientId()), d.daysWaiting(r)), true)).toList());
        figures.getChildren().clear();
        long overdue = d.followUps().stream().filter(d::isOverdue).count();
        figures.getChildren().add(card("dashboard-count-unassigned", d.unassigned().size(), messages.get("dashboard.card.unassigned")));
        figures.getChildren().add(card("dashboard-count-mine", d.myOpen().size(), messages.get("dashboard.card.mine")));
        figures.getChildren().add(card("dashboard-count-overdue", (int) overdue, messages.get("dashboard.card.overdue")));
        figures.getChildren().add(card("dashboard-count-waiting", d.waitingForFirstContact().size(), messages.get("dashboard.card.waiting")));
        figures.getChildren().add(card("dashboard-count-received", d.receivedThisMonth(), messages.get("dashboard.card.received")));
        figures.getChildren().add(card("dashboard-count-completed", d.completedThisMonth(), messages.get("dashboard.card.completed")));
    }

    private Node card(String id, int value, String caption) {
        Label figure = new Label(String.format(messages.locale(), "%,d", value));
        figure.setId(id);
        figure.getStyleClass().add("figure");
        Label text = new Label(caption);
        text.getStyleClass().add("figure-caption");
        text.setWrapText(true);
        VBox card = new VBox(4, figure, text);
        card.getStyleClass().add("figure-card");
        card.setPadding(new Insets(12, 16, 12, 16));
        return card;
    }

    @Override
    public Node view() {
        return view;
    }
}
