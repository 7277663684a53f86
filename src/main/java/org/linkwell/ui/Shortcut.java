package org.linkwell.ui;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.linkwell.core.Messages;

/**
 * Every keyboard shortcut in Linkwell, in one place: pages match key presses against these,
 * and Help → Keyboard shortcuts lists them, so the list cannot drift from what the keys do.
 * Add a row here when you add a shortcut, with its description in both bundles.
 */
public enum Shortcut {
    USER_GUIDE(new KeyCodeCombination(KeyCode.F1)),
    NEW_CLIENT(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
    SAVE(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    FIND(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    TO_RESULTS(new KeyCodeCombination(KeyCode.DOWN)),
    OPEN(new KeyCodeCombination(KeyCode.ENTER)),
    CANCEL(new KeyCodeCombination(KeyCode.ESCAPE)),
    ZOOM_IN(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_OUT(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_RESET(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)),
    LOCK_SCREEN(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN)),
    NEXT_FIELD(new KeyCodeCombination(KeyCode.TAB)),
    PREVIOUS_FIELD(new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
    /** Alt with the underlined letter of a menu or button (the letter differs by language). */
    MNEMONIC(null);

    private final KeyCombination keys;

    Shortcut(KeyCombination keys) {
        this.keys = keys;
    }

    /** The key combination, absent for a family of keys such as mnemonics. */
    public Optional<KeyCombination> keys() {
        return Optional.ofNullable(keys);
    }

    public boolean matches(KeyEvent event) {
        return keys != null && keys.match(event);
    }

    /** What to press, as this system writes it ("Ctrl+N"; "⌘N" on a Mac), in the user's language. */
    public String keysText(Messages messages) {
        String key = "shortcut." + messageKey() + ".keys";
        if (messages.has(key)) {
            return messages.get(key);
        }
        return keys.getDisplayText();
    }

    public String description(Messages messages) {
        return messages.get("shortcut." + messageKey());
    }

    private String messageKey() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
