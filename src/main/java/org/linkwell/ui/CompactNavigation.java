package org.linkwell.ui;

import java.util.Collection;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * With large text in a small window the navigation shows its icons only (their names as tooltips and for screen
 * readers), so the page keeps the room it needs: at 150 % on a 1280 px screen the words took a quarter of it.
 */
final class CompactNavigation {
    static final String STYLE = "nav-compact";
    /** Window width in characters of the navigation's text below which only the icons are shown. */
    static final double MIN_CHARACTERS_WIDE = 62;

    private CompactNavigation() {
    }

    static void follow(Region navigation, Region window, Collection<? extends Labeled> buttons) {
        InvalidationListener check = o -> apply(navigation, window, buttons);
        window.widthProperty().addListener(check);
        buttons.forEach(button -> button.fontProperty().addListener(check));
    }

    private static void apply(Region navigation, Region window, Collection<? extends Labeled> buttons) {
        double fontSize = buttons.stream().findFirst().map(b -> b.getFont().getSize()).orElse(14.0);
        boolean compact = window.getWidth() > 0 && window.getWidth() / fontSize < MIN_CHARACTERS_WIDE;
        if (compact == navigation.getStyleClass().contains(STYLE)) {
            return;
        }
        if (compact) {
            navigation.getStyleClass().add(STYLE);
        } else {
            navigation.getStyleClass().remove(STYLE);
        }
        for (Labeled button : buttons) {
            button.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            button.setTooltip(compact ? new Tooltip(button.getText()) : null);
        }
    }
}
