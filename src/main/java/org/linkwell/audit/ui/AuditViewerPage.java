package org.linkwell.audit.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkwell.audit.AuditQuery;
import org.linkwell.audit.AuditViewerService;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;
import org.linkwell.ui.Page;

/**
 * The audit viewer: who looked at or changed a client's record, what a person did in a period, and a random sample
 * of accesses to review. Each answer pages through the log and exports whole to Excel.
 */
public final class AuditViewerPage implements Page {
    private final AuditViewerService service;
    private final ClientService clients;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;
    private final AuditTable clientTrail;
    private final AuditTable personTrail;
    private final AuditTable sampleTrail;
    private final ComboBox<String> person = new ComboBox<>();
    private final VBox view;

    public AuditViewerPage(AuditViewerService service, ClientService clients, BackgroundTasks tasks, Messages messages,
                           DialogService dialogs, Navigator navigator, Clock clock) {
        this.service = service;
        this.clients = clients;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
        clientTrail = new AuditTable("audit-client", service, tasks, messages, navigator, clock.getZone(), false);
        personTrail = new AuditTable("audit-person", service, tasks, messages, navigator, clock.getZone(), true);
        sampleTrail = new AuditTable("audit-sample", service, tasks, messages, navigator, clock.getZone(), true);
        TabPane tabs = new TabPane(tab("audit-tab-client", "audit.tab.client", byClient()),
                tab("audit-tab-person", "audit.tab.person", byPerson()),
                tab("audit-tab-sample", "audit.tab.sample", sample()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label intro = new Label(messages.get("audit.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        view = new VBox(8, Forms.pageTitle(messages.get("nav.audit")), intro, tabs);
        view.setPadding(new Insets(16, 24, 16, 24));
        view.setId("audit-page");
    }

    private Node byClient() {
        TextField search = new TextField();
        search.setId("audit-client-search");
        search.setPromptText(messages.get("audit.client.prompt"));
        ListView<ClientSummary> found = new ListView<>();
        found.setId("audit-client-found");
        found.setPrefHeight(120);
        found.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ClientSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName()
                        + (item.chartNumber().isBlank() ? "" : " · " + item.chartNumber()));
            }
        });
        search.textProperty().addListener((obs, old, typed) -> {
            if (typed.strip().length() >= 2) {
                tasks.run(() -> clients.search(typed, StatusFilter.ALL, 20), found.getItems()::setAll);
            }
        });
        Button show = new Button(messages.get("audit.show"));
        show.setId("audit-client-show");
        show.setOnAction(event -> Optional.ofNullable(found.getSelectionModel().getSelectedItem())
                .or(() -> found.getItems().size() == 1 ? Optional.of(found.getItems().get(0)) : Optional.empty())
                .ifPresent(client -> clientTrail.show(new AuditQuery.ByClient(client.id()),
                        offset -> service.forClient(client.id(), offset))));
        found.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                show.fire();
            }
        });
        return body(new VBox(8, new HBox(8, search, show), found), clientTrail);
    }

    private Node byPerson() {
        person.setId("audit-person-name");
        person.setEditable(true);
        DatePicker from = date("audit-person-from", LocalDate.now(clock).minusDays(30));
        DatePicker to = date("audit-person-to", LocalDate.now(clock));
        Button show = new Button(messages.get("audit.show"));
        show.setId("audit-person-show");
        show.setOnAction(event -> {
            String who = Optional.ofNullable(person.getEditor().getText()).orElse("").strip();
            if (!who.isEmpty() && from.getValue() != null && to.getValue() != null) {
                LocalDate first = from.getValue();
                LocalDate last = to.getValue();
                personTrail.show(new AuditQuery.ByActor(who, first, last),
                        offset -> service.forActor(who, first, last, offset));
            }
        });
        return body(row(label("audit.person"), person, label("audit.from"), from, label("audit.to"), to, show),
                personTrail);
    }

    private Node sample() {
        DatePicker from = date("audit-sample-from", LocalDate.now(clock).minusDays(90));
        DatePicker to = date("audit-sample-to", LocalDate.now(clock));
        Spinner<Integer> size = new Spinner<>(1, AuditViewerService.MAX_SAMPLE, 25);
        size.setId("audit-sample-size");
        size.setEditable(true);
        size.setPrefWidth(90);
        TextField seed = new TextField(Long.toString(new Random().nextInt(1_000_000)));
        seed.setId("audit-sample-seed");
        seed.setPrefColumnCount(8);
        Label shownSeed = new Label();
        shownSeed.setId("audit-sample-seed-shown");
        shownSeed.getStyleClass().add("text-muted");
        Button draw = new Button(messages.get("audit.sample.draw"));
        draw.setId("audit-sample-draw");
        draw.setOnAction(event -> {
            long chosen;
            try {
                chosen = Long.parseLong(seed.getText().strip());
            } catch (NumberFormatException e) {
                dialogs.error(messages.get("audit.tab.sample"), messages.get("audit.sample.badSeed"));
                return;
            }
            AuditQuery.Sample query = new AuditQuery.Sample(from.getValue(), to.getValue(), size.getValue(), chosen);
            shownSeed.setText(messages.get("audit.sample.seedShown", chosen));
            sampleTrail.show(query, offset -> service.sample(query.from(), query.to(), query.size(), query.seed()));
        });
        return body(new VBox(6, row(label("audit.from"), from, label("audit.to"), to, label("audit.sample.size"), size,
                label("audit.sample.seed"), seed, draw), shownSeed), sampleTrail);
    }

    private Node body(Node controls, AuditTable table) {
        VBox box = new VBox(10, controls, table);
        box.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private DatePicker date(String id, LocalDate value) {
        DatePicker picker = org.linkwell.ui.Dates.picker(value, messages);
        picker.setId(id);
        picker.setPrefWidth(140);
        return picker;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    @Override
    public void shown() {
        tasks.run(service::actors, names -> person.getItems().setAll(names));
    }

    @Override
    public Node view() {
        return view;
    }

    /** For tests: the three answers. */
    List<AuditTable> tables() {
        return List.of(clientTrail, personTrail, sampleTrail);
    }
}
