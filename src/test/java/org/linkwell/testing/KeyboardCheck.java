package org.linkwell.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.stage.Window;

/** Alt+letter reaches each button of a window, no letter twice; a dialog's Enter presses its main button. */
public final class KeyboardCheck {
    private KeyboardCheck() {
    }

    public static List<String> mnemonics(Window window) {
        List<String> problems = new ArrayList<>();
        Map<Character, String> seen = new HashMap<>();
        for (Labeled button : buttons(window.getScene().getRoot(), new ArrayList<>())) {
            String text = button.getText();
            int mark = text.indexOf('_');
            if (mark < 0 || mark + 1 >= text.length()) {
                problems.add("no Alt letter on \"" + text + "\" (" + ScreenTexts.describe(button) + ")");
                continue;
            }
            char letter = Character.toLowerCase(text.charAt(mark + 1));
            String before = seen.put(letter, text);
            if (before != null) {
                problems.add("Alt+" + Character.toUpperCase(letter) + " on both \"" + before + "\" and \"" + text + "\"");
            }
        }
        return problems;
    }

    /** A dialog with a choice to make presses its main button on Enter. */
    public static List<String> defaultButton(Window dialog) {
        List<Button> inBar = new ArrayList<>();
        barButtons(dialog.getScene().getRoot(), inBar);
        boolean anyDefault = inBar.stream().anyMatch(Button::isDefaultButton) || defaultAnywhere(dialog.getScene().getRoot());
        return inBar.size() > 1 && !anyDefault ? List.of("Enter presses no button") : List.of();
    }

    private static List<Labeled> buttons(Node node, List<Labeled> found) {
        if (!node.isVisible()) {
            return found;
        }
        if ((node instanceof Button || node instanceof MenuButton) && ((Labeled) node).isMnemonicParsing()
                && !((Labeled) node).textProperty().isBound() && !EnglishWords.plain(((Labeled) node).getText()).isBlank()
                && !node.getClass().getName().contains("MenuBar")) {
            found.add((Labeled) node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> buttons(child, found));
        }
        return found;
    }

    private static void barButtons(Node node, List<Button> found) {
        if (node instanceof ButtonBar bar) {
            bar.getButtons().stream().filter(Button.class::isInstance).map(Button.class::cast).forEach(found::add);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> barButtons(child, found));
        }
    }

    private static boolean defaultAnywhere(Node node) {
        if (node instanceof Button button && button.isDefaultButton() && button.isVisible()) {
            return true;
        }
        return node instanceof Parent parent && parent.getChildrenUnmodifiable().stream().anyMatch(KeyboardCheck::defaultAnywhere);
    }
}
