package org.linkwell.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip at the bottom: what just happened, and a progress bar while work runs in the background. */
public final class StatusBar extends HBox {
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    public StatusBar(BackgroundTasks tasks, String workingText) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        setSpacing(12);
        message.setId("status-message");
        Label working = new Label(workingText);
        working.getStyleClass().add("status-working");
        progress.setPrefWidth(140);
        var busy = Bindings.greaterThan(tasks.runningProperty(), 0);
        progress.visibleProperty().bind(busy);
        working.visibleProperty().bind(busy);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, working, progress);
    }

    public void say(String text) {
        message.setText(text);
    }

    public String text() {
        return message.getText();
    }
}
