package org.linkwell.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;

/**
 * What a screen reader cannot name: a control a user can reach with Tab that has no accessible text,
 * no text of its own and no label pointing to it; and a button showing only an icon without a name and a tooltip.
 */
public final class AccessibleNames {
    private static final List<Class<?>> FOCUSABLE = List.of(Button.class, TextField.class, ComboBoxBase.class,
            CheckBox.class, TableView.class, ListView.class, MenuButton.class, ToggleButton.class, Spinner.class,
            TextArea.class, Hyperlink.class, RadioButton.class, ChoiceBox.class, Slider.class);

    private final Set<Node> labelled = new HashSet<>();
    private final List<Node> controls = new ArrayList<>();

    private AccessibleNames() {
    }

    /** One line per control without a name, saying which control and why. */
    public static List<String> missing(Window window) {
        AccessibleNames names = new AccessibleNames();
        if (window.getScene() == null) {
            return List.of();
        }
        names.walk(window.getScene().getRoot());
        List<String> problems = new ArrayList<>();
        for (Node control : names.controls) {
            String problem = names.problem(control);
            if (!problem.isEmpty()) {
                problems.add(ScreenTexts.describe(control) + ": " + problem);
            }
        }
        return problems;
    }

    private void walk(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label label && label.getLabelFor() != null && !blank(label.getText())) {
            labelled.add(label.getLabelFor());
        }
        if (FOCUSABLE.stream().anyMatch(type -> type.isInstance(node)) && !insideAnotherControl(node)) {
            controls.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::walk);
        }
    }

    /** Parts of a combo box, date picker or spinner are named by the control they belong to. */
    private static boolean insideAnotherControl(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ComboBoxBase<?> || up instanceof Spinner<?>) {
                return true;
            }
        }
        return node.getClass().getName().startsWith("com.sun.javafx") || node.getStyleClass().contains("arrow-button");
    }

    private String problem(Node control) {
        boolean hasText = control instanceof Labeled labeled && !blank(labeled.getText());
        boolean named = !blank(control.getAccessibleText()) || hasText || labelled.contains(control);
        if (!named) {
            return "no accessible name";
        }
        if (control instanceof Labeled labeled && !hasText && labeled.getGraphic() != null
                && (blank(control.getAccessibleText()) || labeled.getTooltip() == null)) {
            return "an icon-only button needs an accessible text and a tooltip";
        }
        return "";
    }

    private static boolean blank(String text) {
        return text == null || EnglishWords.plain(text).isBlank();
    }
}
