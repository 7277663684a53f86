package org.linkwell.ui;

import javafx.scene.Node;

/** An extra tab on a client's page (the journey, later surveys), given by another feature. */
public interface ClientPanel {
    String title();

    Node view();

    /** Shows this client's part; called when a saved client is opened in the editor. */
    void show(long clientId);

    /** Whether the tab is closed to people who see the client's contact details only (outside their caseload). */
    default boolean needsWholeRecord() {
        return true;
    }
}
