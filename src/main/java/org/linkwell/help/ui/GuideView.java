package org.linkwell.help.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.linkwell.core.Messages;
import org.linkwell.help.UserGuide;
import org.linkwell.help.UserGuide.Block;
import org.linkwell.help.UserGuide.Span;

/** The guide as readable text: contents on the left, the sections on the right. */
final class GuideView {
    private final BorderPane root = new BorderPane();
    private final VBox text = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(text);
    private final List<Node> sectionNodes = new ArrayList<>();

    GuideView(UserGuide guide, Messages messages) {
        text.setId("guide-text");
        text.getStyleClass().add("guide-text");
        text.setPadding(new Insets(20, 28, 28, 28));
        for (Block block : guide.blocks()) {
            text.getChildren().add(node(block));
        }
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(guide.title());

        ListView<String> contents = new ListView<>();
        contents.setId("guide-contents");
        contents.getItems().setAll(guide.sections());
        contents.setPrefWidth(250);
        contents.setAccessibleText(messages.get("guide.contents"));
        contents.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> scrollTo(index.intValue()));
        Label contentsTitle = new Label(messages.get("guide.contents"));
        contentsTitle.getStyleClass().add("section-title");
        contentsTitle.setLabelFor(contents);
        VBox left = new VBox(8, contentsTitle, contents);
        VBox.setVgrow(contents, Priority.ALWAYS);
        left.setPadding(new Insets(20, 0, 16, 16));

        root.setLeft(left);
        root.setCenter(scroll);
        root.getStyleClass().add("guide");
    }

    Parent root() {
        return root;
    }

    private Node node(Block block) {
        return switch (block.kind()) {
            case TITLE -> heading(block, "guide-title");
            case SECTION -> {
                Node heading = heading(block, "guide-section");
                sectionNodes.add(heading);
                yield heading;
            }
            case PARAGRAPH -> flow(block.spans());
            case BULLET -> {
                Label dot = new Label("•");
                dot.getStyleClass().add("guide-bullet");
                TextFlow flow = flow(block.spans());
                HBox.setHgrow(flow, Priority.ALWAYS);
                HBox item = new HBox(8, dot, flow);
                item.setPadding(new Insets(0, 0, 0, 8));
                yield item;
            }
        };
    }

    private static Label heading(Block block, String styleClass) {
        Label label = new Label(block.text());
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static TextFlow flow(List<Span> spans) {
        TextFlow flow = new TextFlow();
        for (Span span : spans) {
            Text piece = new Text(span.text());
            piece.getStyleClass().add(switch (span.style()) {
                case PLAIN -> "guide-plain";
                case STRONG -> "guide-strong";
                case KEY -> "guide-key";
            });
            flow.getChildren().add(piece);
        }
        flow.getStyleClass().add("guide-paragraph");
        flow.setLineSpacing(3);
        return flow;
    }

    private void scrollTo(int index) {
        if (index < 0 || index >= sectionNodes.size()) {
            return;
        }
        double y = sectionNodes.get(index).getBoundsInParent().getMinY();
        double room = text.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
    }
}
