package org.linkwell.ui;

import javafx.scene.Node;

/** One screen reached from the navigation. */
public interface Page {
    Node view();

    /**
     * Asked before the user leaves the page or the app. True: go ahead now. False: stay; a page
     * that first saves the user's work calls {@code proceed} itself once it is safely stored.
     */
    default boolean confirmLeave(Runnable proceed) {
        return true;
    }

    /** Keys pressed anywhere in the window while this page is shown: the page's shortcuts. */
    default void onKeyPressed(javafx.scene.input.KeyEvent event) {
    }

    /** Called each time the page is shown, e.g. to refresh its figures. */
    default void shown() {
    }
}
