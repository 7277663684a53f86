package org.linkwell.surveys.ui;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.core.Messages;
import org.linkwell.surveys.DueSurvey;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.Surveys;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/** The dashboard's "Surveys due" worklist: each client's next due or overdue survey, the oldest first. */
public final class SurveysDueList {
    private final Surveys surveys;
    private final ClientService clients;
    private final BackgroundTasks tasks;
    private final SurveyTexts texts;
    private final ListView<Row> list = new ListView<>();
    private final Node view;
    private final Label heading;

    record Row(long clientId, String text, boolean overdue) {
    }

    /** open: what opening a row does (the client's page). */
    public SurveysDueList(Surveys surveys, ClientService clients, BackgroundTasks tasks, Messages messages,
                          LongConsumer open) {
        this.surveys = surveys;
        this.clients = clients;
        this.tasks = tasks;
        this.texts = new SurveyTexts(messages);
        list.setId("dashboard-surveys-due");
        list.getStyleClass().add("worklist");
        list.setPlaceholder(new Label(messages.get("survey.due.noneAnywhere")));
        list.setCellFactory(v -> new org.linkwell.ui.WorklistCell<>(list, Row::text, Row::overdue));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().clientId());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().clientId());
            }
        });
        javafx.scene.layout.VBox section = Forms.section(messages.get("dashboard.surveysDue"), list);
        heading = (Label) section.getChildren().get(0);
        view = section;
    }

    public Node view() {
        return view;
    }

    private record Loaded(List<DueSurvey> due, Map<Long, ClientSummary> names, ScheduleSettings schedule) {
    }

    public void refresh() {
        tasks.run(() -> {
            List<DueSurvey> due = surveys.responses().worklist();
            return new Loaded(due, clients.summaries(due.stream().map(DueSurvey::clientId).toList()),
                    surveys.responses().schedule());
        }, loaded -> show(loaded));
    }

    private void show(Loaded loaded) {
        heading.setText(texts.messages().get("dashboard.surveysDue.count", loaded.due().size()));
        list.getItems().setAll(loaded.due().stream().map(d -> new Row(d.clientId(),
                texts.messages().get("survey.due.dashboard", java.util.Optional.ofNullable(loaded.names()
                        .get(d.clientId())).map(ClientSummary::displayName).orElse(""),
                        texts.due(d, loaded.schedule(), id -> surveys.instruments().latest(id).map(texts::shortName)
                                .orElse(id))), d.state() == DueSurvey.State.OVERDUE)).toList());
    }
}
