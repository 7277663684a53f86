package org.linkwell.surveys.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.linkwell.surveys.ClientMeasure;
import org.linkwell.surveys.ClientSurveys;
import org.linkwell.surveys.DueSurvey;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.SurveyResponse;
import org.linkwell.surveys.Surveys;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;

/**
 * The client's Surveys tab: the scheduled surveys still to do, the change of each measure in plain words
 * (baseline → latest), each measure over time as a chart, and every response recorded.
 */
public final class SurveysPanel implements ClientPanel {
    private final Surveys surveys;
    private final BackgroundTasks tasks;
    private final SurveyTexts texts;
    private final SurveyActions actions;
    private final DialogService dialogs;
    private final ListView<DueSurvey> due = new ListView<>();
    private final VBox changes = new VBox(4);
    private final FlowPane charts = new FlowPane(16, 16);
    private final TableView<SurveyResponse> responses = new TableView<>();
    private final ScrollPane view;
    private ClientSurveys shown;
    private ScheduleSettings schedule = ScheduleSettings.DEFAULT;

    public SurveysPanel(Surveys surveys, BackgroundTasks tasks, org.linkwell.core.Messages messages, DialogService dialogs,
                        ErrorReporter errors, Navigator navigator) {
        this.surveys = surveys;
        this.tasks = tasks;
        this.texts = new SurveyTexts(messages);
        this.dialogs = dialogs;
        this.actions = new SurveyActions(surveys, tasks, texts, dialogs, errors, navigator, this::reload);
        due.setId("surveys-due");
        due.setAccessibleText(messages.get("survey.section.due"));
        due.setPrefHeight(96);
        due.setPlaceholder(new Label(messages.get("survey.due.none")));
        due.setCellFactory(list -> new org.linkwell.ui.WorklistCell<>(due,
                item -> texts.due(item, schedule,
                        id -> surveys.instruments().latest(id).map(texts::shortName).orElse(id)),
                item -> item.state() == DueSurvey.State.OVERDUE));
        FlowPane buttons = new FlowPane(8, 8,
                button("surveys-enter", "survey.enter", () -> selectedDue().ifPresent(d ->
                        actions.run(shown.clientId(), d, schedule))),
                button("surveys-declined", "survey.declined", () -> selectedDue().ifPresent(d ->
                        actions.record(shown.clientId(), d, SurveyResponse.Status.DECLINED, schedule))),
                button("surveys-unreachable", "survey.unreachable", () -> selectedDue().ifPresent(d ->
                        actions.record(shown.clientId(), d, SurveyResponse.Status.UNREACHABLE, schedule))),
                button("surveys-other", "survey.other", () -> actions.other(shown.clientId(), schedule,
                        java.util.Optional.ofNullable(due.getSelectionModel().getSelectedItem())
                                .map(DueSurvey::timepoint).orElse(0))));
        changes.setId("surveys-changes");
        charts.setId("surveys-charts");
        buildResponses(messages);
        VBox content = new VBox(16,
                Forms.section(messages.get("survey.section.due"), new VBox(10, due, buttons)),
                Forms.section(messages.get("survey.section.change"), changes),
                Forms.section(messages.get("survey.section.charts"), charts),
                Forms.section(messages.get("survey.section.responses"), responses));
        content.setPadding(new Insets(12, 24, 24, 24));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setId("surveys-panel");
        view.getStylesheets().add(SurveyControls.STYLESHEET);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(texts.messages().get(key));
        button.setId(id);
        button.setOnAction(event -> {
            if (shown != null) {
                action.run();
            }
        });
        return button;
    }

    /** The survey chosen in the list, else the first one still to do. */
    private java.util.Optional<DueSurvey> selectedDue() {
        DueSurvey chosen = due.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            // The survey that is due now before one coming up, and either before one given up as missed.
            chosen = due.getItems().stream().filter(DueSurvey::isOnWorklist).findFirst()
                    .or(() -> due.getItems().stream().filter(d -> d.state() != DueSurvey.State.MISSED).findFirst())
                    .or(() -> due.getItems().stream().findFirst()).orElse(null);
        }
        if (chosen == null) {
            dialogs.info(texts.messages().get("survey.enter"), texts.messages().get("survey.due.nothing"));
        }
        return java.util.Optional.ofNullable(chosen);
    }

    private void buildResponses(org.linkwell.core.Messages messages) {
        responses.setId("surveys-responses");
        responses.setPrefHeight(220);
        responses.setPlaceholder(new Label(messages.get("survey.responses.none")));
        responses.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        responses.getColumns().setAll(List.of(
                dateColumn(messages),
                column(messages.get("survey.column.instrument"), 130, r -> surveys.instruments()
                        .find(r.instrumentId(), r.instrumentVersion()).map(texts::shortName).orElse(r.instrumentId())),
                column(messages.get("survey.column.timepoint"), 140, r -> texts.timepoint(r.timepoint(), schedule)),
                column(messages.get("survey.column.result"), 200, r -> r.status() == SurveyResponse.Status.COMPLETED
                        ? scores(r) : messages.get(r.status().messageKey()))));
        responses.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SurveyResponse item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(
                        messages.get(item.mode().messageKey()) + " — " + item.enteredBy()));
            }
        });
    }

    private String scores(SurveyResponse r) {
        return surveys.instruments().find(r.instrumentId(), r.instrumentVersion()).map(d -> d.measures().stream()
                .filter(m -> r.score(m.id()).isPresent())
                .limit(4).map(m -> texts.score(r.score(m.id()).get())).reduce((a, b) -> a + " · " + b).orElse(""))
                .orElse("");
    }

    private static TableColumn<SurveyResponse, java.time.LocalDate> dateColumn(org.linkwell.core.Messages messages) {
        TableColumn<SurveyResponse, java.time.LocalDate> date = org.linkwell.ui.Dates.column(
                messages.get("survey.column.date"), r -> java.util.Optional.of(r.administeredOn()), messages);
        date.setPrefWidth(110);
        return date;
    }

    private static TableColumn<SurveyResponse, String> column(String title, double width,
                                                              java.util.function.Function<SurveyResponse, String> value) {
        TableColumn<SurveyResponse, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Brings the Surveys tab to the front on the client's page shown under {@code root}. */
    public static void reveal(javafx.scene.Node root) {
        SurveysTab.reveal(root, "surveys-panel");
    }

    @Override
    public String title() {
        return texts.messages().get("client.tab.surveys");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(long clientId) {
        tasks.run(() -> new Loaded(surveys.responses().forClient(clientId), surveys.responses().schedule()), this::display);
    }

    private record Loaded(ClientSurveys surveys, ScheduleSettings schedule) {
    }

    private void reload() {
        if (shown != null) {
            show(shown.clientId());
        }
    }

    private void display(Loaded loaded) {
        shown = loaded.surveys();
        schedule = loaded.schedule();
        due.getItems().setAll(shown.outstanding());
        due.setPlaceholder(new Label(texts.messages().get(shown.scheduleStart().isPresent()
                ? "survey.due.allDone" : "survey.due.none")));
        // A wheel's domains are on its chart; its line here is the mean over the domains.
        changes.getChildren().setAll(shown.measures().stream().filter(m -> surveys.instruments().latest(m.instrumentId())
                .map(d -> d.chart() != InstrumentDefinition.ChartKind.RADAR
                        || d.measure(m.measureId()).map(x -> x.rule() != InstrumentDefinition.Rule.ITEM).orElse(true))
                .orElse(true)).map(this::changeLine).toList());
        if (shown.measures().isEmpty()) {
            changes.getChildren().setAll(new Label(texts.messages().get("survey.change.none")));
        }
        charts.getChildren().setAll(MeasureCharts.charts(shown.measures(), id -> surveys.instruments().latest(id), texts));
        List<SurveyResponse> newestFirst = new java.util.ArrayList<>(shown.responses());
        java.util.Collections.reverse(newestFirst);
        responses.getItems().setAll(newestFirst);
    }

    private Node changeLine(ClientMeasure measure) {
        Label line = new Label(texts.change(measure));
        line.setWrapText(true);
        line.getStyleClass().add("survey-change");
        ClientMeasure.Direction direction = measure.change().direction();
        if (direction == ClientMeasure.Direction.BETTER || direction == ClientMeasure.Direction.WORSE) {
            line.getStyleClass().add(direction.name().toLowerCase(java.util.Locale.ROOT));
        }
        return line;
    }
}
