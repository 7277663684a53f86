package org.linkwell.surveys.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.InstrumentDefinition.Item;
import org.linkwell.surveys.InstrumentDefinition.Option;

/**
 * One question of the response form. Its field takes the keyboard: for a choice, the number key of an option
 * (1 for the first) answers; for a number, the digits. The option buttons beside it do the same by mouse.
 */
final class ItemField {
    private final Item item;
    private final TextField field = new TextField();
    private final ToggleGroup group = new ToggleGroup();
    private final VBox view;

    ItemField(Item item, int number, SurveyTexts texts) {
        this.item = item;
        field.setId("survey-item-" + item.id());
        field.setPrefColumnCount(3);
        field.setMaxWidth(64);
        Label question = new Label(number + ". " + texts.text(item.text()));
        question.setWrapText(true);
        question.setLabelFor(field);
        question.getStyleClass().add("survey-question");
        field.setAccessibleText(question.getText());
        HBox answer = new HBox(10, field);
        if (item.isChoice()) {
            FlowPane options = new FlowPane(6, 6);
            for (int i = 0; i < item.options().size(); i++) {
                Option option = item.options().get(i);
                ToggleButton button = new ToggleButton((i + 1) + "  " + texts.text(option.label()));
                button.setToggleGroup(group);
                button.setFocusTraversable(false);
                button.setUserData(i + 1);
                button.setOnAction(event -> field.setText(button.isSelected() ? String.valueOf(button.getUserData()) : ""));
                options.getChildren().add(button);
            }
            answer.getChildren().add(options);
            field.addEventFilter(KeyEvent.KEY_TYPED, this::choose);
            field.textProperty().addListener((obs, old, text) -> group.getToggles().forEach(t ->
                    t.setSelected(String.valueOf(t.getUserData()).equals(text.strip()))));
        } else {
            InstrumentDefinition.Range range = item.range().orElseThrow();
            String ends = texts.messages().get("survey.form.range", range.min(), range.max());
            if (!range.minLabel().isEmpty()) {
                ends = texts.messages().get("survey.form.rangeLabelled", range.min(), texts.text(range.minLabel()),
                        range.max(), texts.text(range.maxLabel()));
            }
            Label hint = new Label(ends);
            hint.getStyleClass().add("help-text");
            answer.getChildren().add(hint);
            field.addEventFilter(KeyEvent.KEY_TYPED, event -> {
                if (!event.getCharacter().isEmpty() && !Character.isDigit(event.getCharacter().charAt(0))
                        && event.getCharacter().charAt(0) >= ' ') {
                    event.consume();
                }
            });
        }
        answer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        view = new VBox(6, question, answer);
        view.getStyleClass().add("survey-item");
    }

    /** A number key answers with that option and replaces any earlier answer. */
    private void choose(KeyEvent event) {
        String typed = event.getCharacter();
        event.consume();
        if (typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
            int position = typed.charAt(0) - '0';
            if (position >= 1 && position <= item.options().size()) {
                field.setText(typed);
                field.positionCaret(1);
            }
        }
    }

    Node view() {
        return view;
    }

    TextField field() {
        return field;
    }

    Item item() {
        return item;
    }

    /** The answer's value; empty when blank. A value that does not fit is reported by {@link #isValid()}. */
    Optional<Integer> value() {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(text);
            if (item.isChoice()) {
                return number >= 1 && number <= item.options().size()
                        ? Optional.of(item.options().get(number - 1).value()) : Optional.empty();
            }
            return item.accepts(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isValid() {
        return field.getText().isBlank() || value().isPresent();
    }

    /** Shows a stored answer (its value) in the field. */
    void show(int value) {
        if (item.isChoice()) {
            for (int i = 0; i < item.options().size(); i++) {
                if (item.options().get(i).value() == value) {
                    field.setText(String.valueOf(i + 1));
                }
            }
        } else {
            field.setText(String.valueOf(value));
        }
    }
}
