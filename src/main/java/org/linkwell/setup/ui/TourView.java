package org.linkwell.setup.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.linkwell.core.Messages;
import org.linkwell.ui.PageId;

/** One screen that says what each place in the navigation is for, in a sentence each. */
final class TourView {
    private TourView() {
    }

    static Node tour(Messages m) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints icons = new ColumnConstraints();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints sentences = new ColumnConstraints();
        sentences.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(icons, names, sentences);
        int row = 0;
        for (PageId id : PageId.values()) {
            FontIcon icon = new FontIcon(id.icon());
            icon.getStyleClass().add("tour-icon");
            Label name = new Label(m.get(id.titleKey()));
            name.getStyleClass().add("card-title");
            Label sentence = new Label(m.get(id.tourKey()));
            sentence.setWrapText(true);
            grid.addRow(row++, icon, name, sentence);
        }
        Label intro = new Label(m.get("firstRun.step5.help"));
        intro.setWrapText(true);
        intro.getStyleClass().add("help-text");
        return new VBox(14, intro, grid);
    }
}
