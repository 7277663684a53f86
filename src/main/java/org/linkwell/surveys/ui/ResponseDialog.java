package org.linkwell.surveys.ui;

import org.linkwell.ui.Converters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.SurveyResponse;
import org.linkwell.ui.Forms;

/**
 * The response form, made from the instrument's definition and fast by keyboard alone: the number key answers
 * the question in focus, Enter goes to the next question, Enter on the last (or Ctrl+S anywhere) saves. The date
 * is editable, for entering a paper form later.
 */
final class ResponseDialog extends Dialog<SurveyResponse> {
    private final List<ItemField> fields = new ArrayList<>();
    private final Button save;

    /** Where the form starts: the timepoint, date and mode carried from the survey before it. */
    record Start(int timepoint, LocalDate on, SurveyResponse.Mode mode) {
    }

    ResponseDialog(SurveyTexts texts, InstrumentDefinition definition, long clientId, ScheduleSettings schedule,
                   Start start, LocalDate today) {
        var messages = texts.messages();
        setTitle(messages.get("survey.form.title", texts.name(definition)));
        setHeaderText(texts.name(definition));
        TextField date = new TextField(start.on().toString());
        date.setId("survey-date");
        date.setPromptText(messages.get("date.prompt"));
        ComboBox<Integer> timepoint = new ComboBox<>();
        timepoint.setId("survey-timepoint");
        timepoint.getItems().setAll(IntStream.rangeClosed(0, Math.max(start.timepoint(),
                schedule.followUpMonths().size()) + 1).boxed().toList());
        timepoint.setValue(start.timepoint());
        timepoint.setConverter(Converters.named(t -> texts.timepoint(t, schedule)));
        ComboBox<SurveyResponse.Mode> mode = new ComboBox<>();
        mode.setId("survey-mode");
        mode.getItems().setAll(SurveyResponse.Mode.values());
        mode.setValue(start.mode());
        mode.setConverter(Converters.named(m -> messages.get(m.messageKey())));
        GridPane header = Forms.grid();
        Forms.row(header, 0, messages.get("survey.form.date"), date);
        Forms.row(header, 1, messages.get("survey.form.timepoint"), timepoint);
        Forms.row(header, 2, messages.get("survey.form.mode"), mode);
        VBox items = new VBox(14);
        if (!definition.instructions().isEmpty()) {
            Label instructions = new Label(texts.text(definition.instructions()));
            instructions.setWrapText(true);
            instructions.getStyleClass().add("help-text");
            items.getChildren().add(instructions);
        }
        for (InstrumentDefinition.Item item : definition.items()) {
            ItemField field = new ItemField(item, fields.size() + 1, texts);
            fields.add(field);
            items.getChildren().add(field.view());
        }
        Label keys = new Label(messages.get("survey.form.keys"));
        keys.getStyleClass().add("help-text");
        keys.setWrapText(true);
        Label problems = new Label();
        problems.setId("survey-problems");
        problems.getStyleClass().add("banner-error");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, 110 * definition.items().size() + 40));
        getDialogPane().setContent(new VBox(12, problems, header, scroll, keys));
        getDialogPane().setPrefWidth(760);
        ButtonType saveType = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(saveType, cancel);
        save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("survey-save");
        SurveyResponse[] result = new SurveyResponse[1];
        save.addEventFilter(ActionEvent.ACTION, event -> {
            List<String> found = new ArrayList<>();
            LocalDate on = today;
            try {
                on = LocalDate.parse(date.getText().strip());
                if (on.isAfter(today)) {
                    found.add(messages.get("validation.date.future"));
                }
            } catch (DateTimeParseException e) {
                found.add(messages.get("validation.date.format"));
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                ItemField field = fields.get(i);
                if (!field.isValid()) {
                    found.add(messages.get("survey.form.badAnswer", i + 1, field.item().isChoice()
                            ? messages.get("survey.form.choiceHint", field.item().options().size())
                            : messages.get("survey.form.range", field.item().minValue(), field.item().maxValue())));
                }
                int at = i;
                field.value().ifPresent(value -> answers.put(fields.get(at).item().id(), value));
            }
            if (found.isEmpty() && answers.isEmpty()) {
                found.add(messages.get("validation.survey.noAnswers"));
            }
            problems.setText(String.join("\n", found));
            problems.setVisible(!found.isEmpty());
            if (!found.isEmpty()) {
                event.consume();
                return;
            }
            result[0] = SurveyResponse.draft(clientId, definition.id(), definition.version(), timepoint.getValue(), on,
                    mode.getValue(), SurveyResponse.Status.COMPLETED, answers);
        });
        setResultConverter(button -> button == saveType ? result[0] : null);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        setOnShown(event -> Platform.runLater(() -> fields.get(0).field().requestFocus()));
    }

    /** Enter: the next question (or save after the last); Ctrl+S: save. */
    private void keys(KeyEvent event) {
        if (event.getCode() == KeyCode.S && event.isShortcutDown()) {
            event.consume();
            save.fire();
            return;
        }
        if (event.getCode() != KeyCode.ENTER) {
            return;
        }
        Node focused = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getFocusOwner();
        if (focused instanceof Button) {
            return;
        }
        event.consume();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field() == focused) {
                if (i == fields.size() - 1) {
                    save.fire();
                } else {
                    fields.get(i + 1).field().requestFocus();
                }
                return;
            }
        }
        fields.get(0).field().requestFocus();
    }
}
