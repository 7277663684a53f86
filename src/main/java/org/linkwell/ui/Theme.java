package org.linkwell.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

/** The calm, high-contrast look of Linkwell: AtlantaFX Primer Light plus our own stylesheet. */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("/org/linkwell/ui/linkwell.css").toExternalForm();

    private Theme() {
    }

    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Parent parent) {
        if (!parent.getStylesheets().contains(STYLESHEET)) {
            parent.getStylesheets().add(STYLESHEET);
        }
    }
}
