package org.linkwell.programs.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramRules;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;
import org.linkwell.ui.Forms;

/** Creates or edits one program. It checks the form before closing, so what it returns can be saved. */
final class ProgramEditorDialog extends Dialog<Program> {
    private final Messages messages;
    private final Program original;
    private final ProgramFields f;
    private final VBox scheduleRows = new VBox(10);
    private final List<ScheduleRow> rows = new ArrayList<>();
    private final Label problems = new Label();

    ProgramEditorDialog(Messages messages, ProgramTexts texts, Program original, List<PartnerOrganization> organizations,
                        List<InterestOption> interests) {
        this.messages = messages;
        this.original = original;
        this.f = new ProgramFields(messages, texts, organizations, interests);
        setTitle(messages.get(original.isNew() ? "programs.new" : "programs.edit"));
        setHeaderText(original.isNew() ? messages.get("programs.new") : original.name());
        setResizable(true);
        f.load(original);
        original.schedules().forEach(s -> addSchedule(texts, Optional.of(s)));
        Button addTime = new Button(messages.get("program.schedule.add"));
        addTime.setId("program-add-schedule");
        addTime.setOnAction(event -> addSchedule(texts, Optional.empty()));

        problems.getStyleClass().add("banner-error");
        problems.setWrapText(true);
        problems.setId("program-problems");
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        VBox content = new VBox(14, problems,
                Forms.section(messages.get("program.section.about"), f.about()),
                Forms.section(messages.get("program.section.when"), new VBox(10, scheduleRows, addTime)),
                Forms.section(messages.get("program.section.where"), f.where()),
                Forms.section(messages.get("program.section.access"), f.access()),
                Forms.section(messages.get("program.section.join"), f.joining()));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(620);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(860);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("program-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (read().isEmpty()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? read().orElse(null) : null);
    }

    private void addSchedule(ProgramTexts texts, Optional<Schedule> schedule) {
        ScheduleRow[] holder = new ScheduleRow[1];
        holder[0] = new ScheduleRow(messages, texts, schedule, () -> {
            rows.remove(holder[0]);
            scheduleRows.getChildren().remove(holder[0]);
        });
        rows.add(holder[0]);
        scheduleRows.getChildren().add(holder[0]);
    }

    /** The program on the form, or empty after showing what must be fixed. */
    private Optional<Program> read() {
        List<String> found = new ArrayList<>();
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Schedule before = i < original.schedules().size() ? original.schedules().get(i) : null;
            rows.get(i).read(messages, before).ifPresentOrElse(schedules::add,
                    () -> found.add(messages.get("validation.program.time")));
        }
        Optional<Program> program = f.read(original, schedules, found);
        program.ifPresent(p -> ProgramRules.problems(p).forEach(error -> found.add(describe(error))));
        problems.setText(String.join("\n", new TreeSet<>(found)));
        problems.setVisible(!found.isEmpty());
        return found.isEmpty() ? program : Optional.empty();
    }

    private String describe(FieldError error) {
        return messages.get(error.messageKey(), error.args());
    }
}
