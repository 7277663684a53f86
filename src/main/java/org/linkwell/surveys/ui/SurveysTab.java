package org.linkwell.surveys.ui;

import javafx.scene.Node;
import javafx.scene.control.TabPane;

/** Selects the tab showing a given panel on a client's page, even on a page being shown for the first time. */
final class SurveysTab {
    private SurveysTab() {
    }

    static void reveal(Node root, String contentId) {
        if (!revealIn(root, contentId) && root.getScene() != null) {
            // A page shown for the first time has no skins yet (its split pane and tabs are not children until
            // the next pulse): look again once that pulse has laid it out.
            javafx.scene.Scene scene = root.getScene();
            Runnable[] retry = new Runnable[1];
            retry[0] = () -> {
                scene.removePostLayoutPulseListener(retry[0]);
                revealIn(root, contentId);
            };
            scene.addPostLayoutPulseListener(retry[0]);
        }
    }

    private static boolean revealIn(Node root, String contentId) {
        boolean found = false;
        for (Node node : root.lookupAll(".tab-pane")) {
            if (node instanceof TabPane tabs) {
                found |= select(tabs, contentId);
            }
        }
        return found;
    }

    private static boolean select(TabPane tabs, String contentId) {
        var surveysTab = tabs.getTabs().stream().filter(tab -> tab.getContent() != null
                && contentId.equals(tab.getContent().getId())).findFirst();
        surveysTab.ifPresent(tab -> {
            if (!tab.isDisable()) {
                tabs.getSelectionModel().select(tab);
                return;
            }
            // The tab opens once the client's record has loaded (it is disabled until then).
            tab.disableProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                                    Boolean disabled) {
                    if (!disabled) {
                        tab.disableProperty().removeListener(this);
                        tabs.getSelectionModel().select(tab);
                    }
                }
            });
        });
        return surveysTab.isPresent();
    }
}
