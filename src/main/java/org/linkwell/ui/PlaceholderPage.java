package org.linkwell.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.linkwell.core.Messages;

/** A friendly page for a part of Linkwell that is not built yet. */
public final class PlaceholderPage implements Page {
    private final VBox view;

    public PlaceholderPage(PageId id, Messages messages) {
        FontIcon icon = new FontIcon(id.icon());
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(messages.get(id.titleKey()));
        title.getStyleClass().add("title-2");
        Label text = new Label(messages.get("placeholder." + id.name().toLowerCase(java.util.Locale.ROOT)));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("placeholder-text");
        Label soon = new Label(messages.get("placeholder.soon"));
        soon.getStyleClass().add("text-muted");
        view = new VBox(16, icon, title, text, soon);
        view.setAlignment(Pos.CENTER);
        view.getStyleClass().add("placeholder-page");
    }

    @Override
    public Node view() {
        return view;
    }
}
