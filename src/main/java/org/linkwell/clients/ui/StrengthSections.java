package org.linkwell.clients.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** What matters to the client (interests, goals, gifts), their needs and barriers, and equity answers. */
final class StrengthSections {
    private final Messages messages;
    private final FieldFactory fields;
    private final ClientForm form;
    private final FlowPane interestChips = new FlowPane(8, 8);
    private final javafx.scene.control.Button addInterest;

    StrengthSections(Messages messages, FieldFactory fields, ClientForm form, Runnable askNewInterest) {
        this.messages = messages;
        this.fields = fields;
        this.form = form;
        addInterest = new javafx.scene.control.Button(messages.get("interest.add"),
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PLUS));
        addInterest.setId("interest-add");
        addInterest.getStyleClass().add("flat");
        addInterest.setOnAction(event -> askNewInterest.run());
        interestChips.setId("client-interests");
        form.interests.addListener((SetChangeListener<String>) change -> syncChips());
    }

    /** Adding to the CHC's list of interests is keeping the catalog: hidden from people who may not. */
    void allowAddingInterests(boolean allowed) {
        addInterest.setVisible(allowed);
        addInterest.setManaged(allowed);
    }

    Node whatMatters() {
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("client.interests"), interestChips);
        TextField note = fields.text("interestsNote", form.interestsNote);
        note.setPromptText(messages.get("client.interestsNote.prompt"));
        fields.row(grid, 1, "client.interestsNote", "interestsNote", note);
        var goals = fields.area("goals", form.goals);
        goals.setPromptText(messages.get("client.goals.prompt"));
        fields.row(grid, 2, "client.goals", "goals", goals);
        var gifts = fields.area("gifts", form.gifts);
        gifts.setPromptText(messages.get("client.gifts.prompt"));
        fields.row(grid, 3, "client.gifts", "gifts", gifts);
        return Forms.section(messages.get("client.section.whatMatters"), grid);
    }

    void setInterestOptions(List<InterestOption> options) {
        List<InterestOption> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing(option -> option.label(messages.isFrench())));
        interestChips.getChildren().clear();
        for (InterestOption option : sorted) {
            ToggleButton chip = new ToggleButton(option.label(messages.isFrench()));
            chip.setId("interest-" + option.code());
            chip.setUserData(option.code());
            chip.getStyleClass().add("chip");
            chip.setSelected(form.interests.contains(option.code()));
            chip.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    form.interests.add(option.code());
                } else {
                    form.interests.remove(option.code());
                }
            });
            interestChips.getChildren().add(chip);
        }
        interestChips.getChildren().add(addInterest);
    }

    private void syncChips() {
        for (Node node : interestChips.getChildren()) {
            if (node instanceof ToggleButton chip) {
                chip.setSelected(form.interests.contains((String) chip.getUserData()));
            }
        }
    }

    Node needs() {
        return flags("client.section.needs", "client.needs.help", "need", form.needs, "client.needNote.prompt");
    }

    Node barriers() {
        return flags("client.section.barriers", "client.barriers.help", "barrier", form.barriers,
                "client.support.prompt");
    }

    private <E extends Enum<E>> Node flags(String titleKey, String helpKey, String prefix, Map<E, ClientForm.Flag> flags,
                                           String promptKey) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<E, ClientForm.Flag> entry : flags.entrySet()) {
            String code = entry.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            CheckBox box = new CheckBox(messages.get(prefix + "." + code));
            box.setId(prefix + "-" + code);
            box.setMinWidth(190);
            box.selectedProperty().bindBidirectional(entry.getValue().on());
            TextField note = new TextField();
            note.setId(prefix + "-note-" + code);
            note.setPromptText(messages.get(promptKey));
            note.setAccessibleText(messages.get(prefix + "." + code) + " — " + messages.get(promptKey));
            note.textProperty().bindBidirectional(entry.getValue().note());
            GridPane.setHgrow(note, Priority.ALWAYS);
            grid.addRow(row++, box, note);
        }
        Label help = new Label(messages.get(helpKey));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        return Forms.section(messages.get(titleKey), new VBox(8, help, grid));
    }

    Node equity() {
        GridPane grid = Forms.grid();
        int row = 0;
        for (EquityQuestion question : EquityQuestion.values()) {
            ComboBox<String> answer = new ComboBox<>();
            answer.setId("equity-" + question.code());
            answer.getItems().add(null);
            answer.getItems().addAll(question.answers());
            answer.setConverter(org.linkwell.ui.Converters.named(code -> messages.get(question.answerKey(code))));
            answer.setButtonCell(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(item == null ? messages.get("equity.notAsked") : messages.get(question.answerKey(item)));
                }
            });
            answer.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? "" : item == null ? messages.get("equity.notAsked") : messages.get(question.answerKey(item)));
                }
            });
            answer.valueProperty().bindBidirectional(form.equity.get(question));
            Forms.row(grid, row++, messages.get(question.messageKey()), answer);
        }
        Label help = new Label(messages.get("equity.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        TitledPane pane = new TitledPane(messages.get("client.section.equity"), new VBox(10, help, grid));
        pane.setId("client-equity");
        pane.setExpanded(false);
        pane.getStyleClass().add("equity-pane");
        return pane;
    }
}
