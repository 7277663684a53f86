package org.linkwell.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (placeholder until the shell lands). */
public final class LinkwellApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Linkwell");
        stage.setScene(new Scene(new Label("Linkwell"), 800, 600));
        stage.show();
    }
}
