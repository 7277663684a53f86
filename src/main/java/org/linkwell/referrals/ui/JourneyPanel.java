package org.linkwell.referrals.ui;

import org.linkwell.ui.Converters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.Permission;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.Journey;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.TimelineEvent;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.Forms;

/** The client's journey: where things stand, what to do next, and everything that happened, newest first. */
public final class JourneyPanel implements ClientPanel {
    private final JourneyServices services;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final JourneyActions actions;
    private final VBox summary = new VBox(4);
    private final TableView<SocialPrescription> prescriptions = new TableView<>();
    private final FilteredList<TimelineEvent> timeline = new FilteredList<>(FXCollections.observableArrayList());
    private final ComboBox<TimelineEvent.Kind> kind = new ComboBox<>();
    private final ScrollPane view;
    private final FlowPane buttons;
    private final VBox withheldNotice = new VBox();
    private org.linkwell.ui.ClientPrivacy privacy = org.linkwell.ui.ClientPrivacy.NONE;
    private final org.linkwell.ui.ErrorReporter errors;
    private final List<Node> workControls = new java.util.ArrayList<>();
    private final List<Node> recordControls = new java.util.ArrayList<>();
    private Journey journey;

    public JourneyPanel(JourneyServices services, BackgroundTasks tasks, Messages messages,
                        org.linkwell.ui.DialogService dialogs, org.linkwell.ui.ErrorReporter errors,
                        org.linkwell.ui.Navigator navigator) {
        this.services = services;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        this.actions = new JourneyActions(services, tasks, messages, dialogs, errors, navigator, this::reload);
        summary.setId("journey-summary");
        Button refer = button("journey-new-referral", "journey.newReferral", () -> actions.newReferral(journey));
        showWhen(refer, services.access().may(Permission.REFERRAL_CREATE));
        buttons = new FlowPane(8, 8, refer,
                button("journey-assign", "journey.assign", () -> actions.assign(journey)),
                button("journey-referral-status", "journey.referralStatus", () -> actions.referralStatus(journey)),
                button("journey-contact", "journey.contact", () -> actions.contact(journey)),
                button("journey-next-done", "journey.nextDone", () -> actions.nextStepDone(journey)),
                button("journey-prescribe", "journey.prescribe", () -> actions.prescribe(journey)),
                button("journey-prescription-status", "journey.prescriptionStatus",
                        () -> actions.prescriptionStatus(journey, prescriptions.getSelectionModel().getSelectedItem())),
                button("journey-champion", "journey.champion", () -> actions.champion(journey)));
        buttons.getChildren().stream().filter(b -> b != refer).forEach(workControls::add);
        workControls.forEach(control -> showWhen(control, services.access().may(Permission.JOURNEY_WORK)));
        buildPrescriptions();
        ListView<TimelineEvent> events = new ListView<>(timeline);
        events.setId("journey-timeline");
        events.setPrefHeight(300);
        events.setCellFactory(v -> new TimelineCell(messages));
        kind.setId("journey-timeline-filter");
        kind.setAccessibleText(messages.get("a11y.timeline.filter"));
        events.setAccessibleText(messages.get("journey.timeline"));
        kind.getItems().add(null);
        kind.getItems().addAll(TimelineEvent.Kind.values());
        kind.setConverter(Converters.named(k -> messages.get("timeline.kind." + k.name().toLowerCase(java.util.Locale.ROOT))));
        kind.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TimelineEvent.Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get("timeline.kind.all")
                        : messages.get("timeline.kind." + item.name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        kind.valueProperty().addListener((obs, old, chosen) -> timeline.setPredicate(e -> chosen == null || e.kind() == chosen));
        withheldNotice.setId("journey-withheld");
        withheldNotice.managedProperty().bind(withheldNotice.visibleProperty());
        withheldNotice.setVisible(false);
        VBox content = new VBox(16, withheldNotice,
                Forms.section(messages.get("journey.whereThingsStand"), new VBox(10, summary, buttons)),
                Forms.section(messages.get("journey.prescriptions"), prescriptions),
                Forms.section(messages.get("journey.timeline"), new VBox(8, kind, events)));
        content.setPadding(new Insets(12, 24, 24, 24));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setId("journey-panel");
    }

    /** Adds another feature's control (such as the printing menu) after the journey's own buttons. */
    public void addAction(Node control) {
        buttons.getChildren().add(control);
        recordControls.add(control);
    }

    private static void showWhen(Node control, boolean shown) {
        control.setVisible(shown);
        control.setManaged(shown);
    }

    /** Someone who may write referrals opens this tab for any client: to refer one who is not theirs yet. */
    @Override
    public boolean needsWholeRecord() {
        return !services.access().may(Permission.REFERRAL_CREATE);
    }

    /** The client whose journey is on screen, once it has loaded. */
    public java.util.OptionalLong clientShown() {
        return journey == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(journey.clientId());
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> {
            if (journey != null) {
                action.run();
            }
        });
        return button;
    }

    private void buildPrescriptions() {
        prescriptions.setId("journey-prescriptions");
        org.linkwell.ui.AccessibleRows.describe(prescriptions, messages);
        prescriptions.setPrefHeight(200);
        prescriptions.setPlaceholder(new Label(messages.get("journey.noPrescriptions")));
        prescriptions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SocialPrescription, String> what = new TableColumn<>(messages.get("journey.column.what"));
        what.setCellValueFactory(row -> new ReadOnlyStringWrapper(journey == null ? "" : journey.whatOf(row.getValue())));
        what.setPrefWidth(260);
        TableColumn<SocialPrescription, String> status = new TableColumn<>(messages.get("journey.column.status"));
        status.setCellValueFactory(row -> new ReadOnlyStringWrapper(messages.get(row.getValue().status().messageKey())));
        status.setPrefWidth(120);
        TableColumn<SocialPrescription, java.time.LocalDate> started = org.linkwell.ui.Dates.column(
                messages.get("journey.column.started"), SocialPrescription::startedOn, messages);
        prescriptions.getColumns().setAll(List.of(what, status, started));
    }

    @Override
    public String title() {
        return messages.get("client.tab.journey");
    }

    @Override
    public Node view() {
        return view;
    }

    /** The journey leaves out the notes a client's lockbox withholds, and says that something is withheld. */
    public JourneyPanel withPrivacy(org.linkwell.ui.ClientPrivacy privacy) {
        this.privacy = privacy;
        return this;
    }

    @Override
    public void show(long clientId) {
        tasks.run(() -> {
            org.linkwell.lockbox.Withheld withheld = privacy.withheld(clientId);
            Journey loaded = services.journeys().journey(clientId);
            return new Shown(org.linkwell.lockbox.Redaction.journey(loaded, withheld), withheld);
        }, shown -> {
            withheldNotice.getChildren().setAll(privacy.notice(clientId, shown.withheld(), () -> show(clientId)));
            withheldNotice.setVisible(shown.withheld().notes() || shown.withheld().glassOpenUntil().isPresent());
            display(shown.journey());
        }, failure -> {
            if (failure instanceof NotAllowedException refused && refused.isOutsideCaseload()) {
                withheldNotice.getChildren().clear();
                withheldNotice.setVisible(false);
                displayOutsideCaseload(clientId);
            } else {
                errors.report(failure);
            }
        });
    }

    private record Shown(Journey journey, org.linkwell.lockbox.Withheld withheld) {
    }

    /** Not this person's client: nothing of the journey, only the way to refer them. */
    private void displayOutsideCaseload(long clientId) {
        journey = new Journey(clientId, List.of(), List.of(), List.of(), java.util.Map.of(), Optional.empty(), List.of());
        Label notice = new Label(messages.get("journey.outsideCaseload"));
        notice.setId("journey-outside-caseload");
        notice.setWrapText(true);
        summary.getChildren().setAll(notice);
        workControls.forEach(control -> showWhen(control, false));
        recordControls.forEach(control -> showWhen(control, false));
        prescriptions.getItems().clear();
        ((javafx.collections.ObservableList<TimelineEvent>) timeline.getSource()).clear();
    }

    private void reload() {
        if (journey != null) {
            show(journey.clientId());
        }
    }

    private void display(Journey loaded) {
        journey = loaded;
        workControls.forEach(control -> showWhen(control, services.access().may(Permission.JOURNEY_WORK)));
        recordControls.forEach(control -> showWhen(control, true));
        summary.getChildren().setAll(summaryLines(loaded));
        prescriptions.getItems().setAll(loaded.prescriptions());
        ((javafx.collections.ObservableList<TimelineEvent>) timeline.getSource()).setAll(loaded.timeline());
    }

    private List<Node> summaryLines(Journey j) {
        LocalDate today = LocalDate.now(services.clock());
        String referral = j.openReferral().map(r -> messages.get("journey.summary.referral",
                        messages.get(r.status().messageKey()), messages.date(r.referredOn())))
                .orElse(messages.get("journey.summary.noReferral"));
        String prescribed = messages.get("journey.summary.prescriptions", j.activePrescriptions(),
                j.prescriptions().stream().filter(p -> p.status().isTakenUp()).count());
        String contact = j.lastContact().map(on -> messages.get("journey.summary.lastContact", messages.date(on)))
                .orElse(messages.get("journey.summary.noContact"));
        String next = j.nextStep().map(e -> messages.get(e.nextStepDueOn().get().isBefore(today)
                ? "journey.summary.nextOverdue" : "journey.summary.next", e.nextStep(), messages.date(e.nextStepDueOn().get())))
                .orElse("");
        String champion = j.champion().map(c -> messages.get("journey.summary.champion", messages.date(c.since()),
                String.format(messages.locale(), "%.1f", c.volunteerHours()))).orElse("");
        return java.util.stream.Stream.of(referral, prescribed, contact, next, champion).filter(s -> !s.isBlank())
                .map(text -> {
                    Label line = new Label(text);
                    line.setWrapText(true);
                    return (Node) line;
                }).toList();
    }

    /** Only for tests and the settings of "who am I": the navigator using this desktop. */
    Optional<Long> currentNavigator() {
        return services.settings().get(SettingsStore.CURRENT_NAVIGATOR).map(Long::valueOf);
    }

    /** One timeline line: the date, what happened, and the note or reason. */
    private static final class TimelineCell extends javafx.scene.control.ListCell<TimelineEvent> {
        private final Messages messages;

        TimelineCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(TimelineEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Object[] args = event.args().stream().map(a -> a.matches("[a-z]+(-[a-z]+)*") && messages.has("encounterMode." + a)
                    ? messages.get("encounterMode." + a) : a).toArray();
            Label what = new Label(messages.date(event.on()) + " — " + messages.get(event.messageKey(), args));
            VBox box = new VBox(2, what);
            if (!event.detail().isBlank()) {
                Label detail = new Label(event.detail());
                detail.setWrapText(true);
                detail.getStyleClass().add("text-muted");
                box.getChildren().add(detail);
            }
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
        }
    }
}
