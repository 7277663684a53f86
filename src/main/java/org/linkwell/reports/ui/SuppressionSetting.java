package org.linkwell.reports.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.reports.ReportSettings;
import org.linkwell.reports.Suppression;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;

/** The Settings section for funder reports: below which count a figure is hidden. */
public final class SuppressionSetting {
    private SuppressionSetting() {
    }

    public static Node section(ReportSettings settings, BackgroundTasks tasks, Messages messages,
                               java.util.function.Consumer<String> say) {
        Spinner<Integer> threshold = new Spinner<>(Suppression.MIN_THRESHOLD, Suppression.MAX_THRESHOLD,
                Suppression.DEFAULT_THRESHOLD);
        threshold.setId("settings-suppression");
        threshold.setPrefWidth(100);
        threshold.setDisable(true);
        tasks.run(() -> settings.suppression().threshold(), saved -> {
            threshold.getValueFactory().setValue(saved);
            threshold.setDisable(false);
            threshold.valueProperty().addListener((obs, old, chosen) -> tasks.run(() -> {
                settings.saveThreshold(chosen);
                return chosen;
            }, done -> say.accept(messages.get("report.settings.saved", done))));
        });
        Label help = new Label(messages.get("report.settings.threshold.help"));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("report.settings.threshold"), threshold);
        grid.add(help, 1, 1);
        return Forms.section(messages.get("report.settings.section"), new VBox(8, grid));
    }
}
