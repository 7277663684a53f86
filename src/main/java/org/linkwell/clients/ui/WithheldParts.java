package org.linkwell.clients.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.lockbox.Withheld;
import org.linkwell.ui.Forms;

/**
 * The client editor's share of the lockbox: the equity section gives way to the notice when the client withholds
 * it, a whole record withheld covers the page with the notice (the name stays in the header), and while the glass
 * is open a reminder sits at the top of the record.
 */
final class WithheldParts {
    private final ClientEditorViewModel model;
    private final Messages messages;
    private final Node equityPane;
    private final VBox equity = new VBox();
    private final VBox reminder = new VBox();

    WithheldParts(ClientEditorViewModel model, Messages messages, Node equityPane) {
        this.model = model;
        this.messages = messages;
        this.equityPane = equityPane;
        equity.getChildren().setAll(equityPane);
        reminder.managedProperty().bind(reminder.visibleProperty());
        reminder.setVisible(false);
        model.withheldProperty().addListener((obs, old, withheld) -> show(withheld));
        model.storedProperty().addListener((obs, old, client) -> show(model.withheldProperty().get()));
    }

    Node equity() {
        return equity;
    }

    Node glassReminder() {
        return reminder;
    }

    private void show(Withheld withheld) {
        long clientId = model.storedProperty().get().id();
        if (withheld.equity() && clientId != 0) {
            VBox section = Forms.section(messages.get("client.section.equity"),
                    model.privacy().notice(clientId, withheld, () -> model.open(clientId)));
            section.setId("client-equity-withheld");
            equity.getChildren().setAll(section);
        } else {
            equity.getChildren().setAll(equityPane);
        }
        boolean open = withheld.glassOpenUntil().isPresent() && clientId != 0;
        reminder.getChildren().setAll(open ? model.privacy().notice(clientId, withheld, () -> { }) : new VBox());
        reminder.setVisible(open);
    }

    /** While a whole record is withheld, the page shows the notice with "Break the glass…" and nothing else. */
    void coverWhenLocked(BorderPane page) {
        Node[] record = {page.getCenter()};
        model.lockedProperty().addListener((obs, old, locked) -> {
            if (locked.isPresent()) {
                if (old.isEmpty()) {
                    record[0] = page.getCenter();
                }
                long clientId = locked.get().clientId();
                VBox cover = new VBox(16, model.privacy().notice(clientId, model.withheldProperty().get(),
                        () -> model.open(clientId)));
                cover.setId("client-locked");
                cover.setPadding(new Insets(24));
                cover.setAlignment(Pos.TOP_LEFT);
                page.setCenter(cover);
            } else if (old.isPresent()) {
                page.setCenter(record[0]);
            }
        });
    }
}
