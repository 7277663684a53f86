package org.linkwell.surveys.ui;

import org.linkwell.ui.Converters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkwell.core.ValidationException;
import org.linkwell.surveys.DueSurvey;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.SurveyResponse;
import org.linkwell.surveys.Surveys;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;

/**
 * What a navigator does from the Surveys tab: run a scheduled survey (one form per instrument, one after the
 * other, the date and mode carried along), enter any other instrument, or record "declined" / "could not reach".
 */
final class SurveyActions {
    private final Surveys surveys;
    private final BackgroundTasks tasks;
    private final SurveyTexts texts;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Navigator navigator;
    private final Runnable reload;

    SurveyActions(Surveys surveys, BackgroundTasks tasks, SurveyTexts texts, DialogService dialogs, ErrorReporter errors,
                  Navigator navigator, Runnable reload) {
        this.surveys = surveys;
        this.tasks = tasks;
        this.texts = texts;
        this.dialogs = dialogs;
        this.errors = errors;
        this.navigator = navigator;
        this.reload = reload;
    }

    /** The forms of every instrument still to do at this timepoint, one after the other; Cancel stops. */
    void run(long clientId, DueSurvey due, ScheduleSettings schedule) {
        ResponseDialog.Start start = new ResponseDialog.Start(due.timepoint(), surveys.responses().today(),
                SurveyResponse.Mode.ON_SCREEN);
        next(clientId, new ArrayList<>(due.instrumentIds()), schedule, start);
    }

    /** One form of an instrument chosen from the list. */
    void other(long clientId, ScheduleSettings schedule, int timepoint) {
        List<InstrumentDefinition> current = surveys.instruments().current();
        javafx.scene.control.ComboBox<InstrumentDefinition> instrument = new javafx.scene.control.ComboBox<>();
        instrument.setId("survey-choose-instrument");
        instrument.getItems().setAll(current);
        instrument.setValue(current.get(0));
        instrument.setConverter(Converters.named(texts::name));
        javafx.scene.control.Dialog<InstrumentDefinition> choose = new javafx.scene.control.Dialog<>();
        choose.setTitle(texts.messages().get("survey.other"));
        choose.setHeaderText(texts.messages().get("survey.other.header"));
        javafx.scene.control.Label label = new javafx.scene.control.Label(texts.messages().get("survey.other.instrument"));
        label.setLabelFor(instrument);
        choose.getDialogPane().setContent(new javafx.scene.layout.HBox(10, label, instrument));
        javafx.scene.control.ButtonType open = new javafx.scene.control.ButtonType(texts.messages().get("survey.other.open"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        choose.getDialogPane().getButtonTypes().setAll(open, new javafx.scene.control.ButtonType(
                texts.messages().get("action.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        choose.setResultConverter(button -> button == open ? instrument.getValue() : null);
        // The form opens once the chooser has closed, so it gets the keyboard.
        dialogs.show(choose).ifPresent(d -> javafx.application.Platform.runLater(() -> next(clientId,
                new ArrayList<>(List.of(d.id())), schedule,
                new ResponseDialog.Start(timepoint, surveys.responses().today(), SurveyResponse.Mode.ON_SCREEN))));
    }

    private void next(long clientId, List<String> remaining, ScheduleSettings schedule, ResponseDialog.Start start) {
        if (remaining.isEmpty()) {
            reload.run();
            return;
        }
        Optional<InstrumentDefinition> definition = surveys.instruments().latest(remaining.remove(0));
        if (definition.isEmpty()) {
            next(clientId, remaining, schedule, start);
            return;
        }
        dialogs.show(new ResponseDialog(texts, definition.get(), clientId, schedule, start, surveys.responses().today()))
                .ifPresentOrElse(draft -> tasks.run(() -> surveys.responses().record(draft), saved -> {
                    navigator.say(texts.messages().get("survey.saved", texts.shortName(definition.get())));
                    next(clientId, remaining, schedule, new ResponseDialog.Start(saved.timepoint(),
                            saved.administeredOn(), saved.mode()));
                }, this::failed), reload);
    }

    /** "Declined" or "could not reach" for every instrument still to do at this timepoint, as one action. */
    void record(long clientId, DueSurvey due, SurveyResponse.Status status, ScheduleSettings schedule) {
        String what = texts.timepoint(due.timepoint(), schedule);
        if (!dialogs.confirm(texts.messages().get(status.messageKey()),
                texts.messages().get("survey.status.confirm", what, texts.messages().get(status.messageKey())),
                texts.messages().get("survey.status.record"))) {
            return;
        }
        List<SurveyResponse> drafts = due.instrumentIds().stream().map(id -> surveys.instruments().latest(id))
                .flatMap(Optional::stream).map(d -> SurveyResponse.draft(clientId, d.id(), d.version(), due.timepoint(),
                        surveys.responses().today(), SurveyResponse.Mode.PHONE, status, java.util.Map.of())).toList();
        tasks.run(() -> surveys.responses().recordAll(drafts), saved -> {
            navigator.say(texts.messages().get("survey.status.recorded", what, texts.messages().get(status.messageKey())));
            reload.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            var first = invalid.errors().get(0);
            dialogs.error(texts.messages().get("error.title"), texts.messages().get(first.messageKey(), first.args()));
            reload.run();
        } else {
            errors.report(failure);
        }
    }
}
