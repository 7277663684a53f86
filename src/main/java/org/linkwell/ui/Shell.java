package org.linkwell.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.linkwell.core.Messages;

/** The main window's frame: header, navigation on the left, the current page, the status bar. */
public final class Shell implements Navigator {
    private final Messages messages;
    private final Function<PageId, Page> pageFactory;
    private final Map<PageId, Page> pages = new EnumMap<>(PageId.class);
    private final Map<PageId, ToggleButton> buttons = new EnumMap<>(PageId.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final StatusBar statusBar;
    private final HBox header = new HBox(10);
    private PageId current;

    public Shell(Messages messages, BackgroundTasks tasks, Function<PageId, Page> pageFactory, String subtitle) {
        this.messages = messages;
        this.pageFactory = pageFactory;
        this.statusBar = new StatusBar(tasks, messages.get("status.working"));
        root.getStyleClass().add("shell");
        root.setTop(header(subtitle));
        root.setLeft(navigation());
        content.getStyleClass().add("page-area");
        content.setAlignment(Pos.TOP_LEFT);
        root.setCenter(content);
        root.setBottom(statusBar);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (current != null) {
                pages.get(current).onKeyPressed(event);
            }
        });
        Theme.style(root);
        Mnemonics.follow(root);
    }

    public Parent root() {
        return root;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    @Override
    public void show(PageId id) {
        if (id == current) {
            buttons.get(id).setSelected(true);
            return;
        }
        if (current != null && !pages.get(current).confirmLeave(() -> show(id))) {
            buttons.get(current).setSelected(true);
            return;
        }
        Page page = page(id);
        current = id;
        buttons.get(id).setSelected(true);
        content.getChildren().setAll(page.view());
        page.shown();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P extends Page> P page(PageId id) {
        return (P) pages.computeIfAbsent(id, pageFactory);
    }

    public PageId current() {
        return current;
    }

    /** Before the window closes or the shell is rebuilt: may every page be left? */
    public boolean confirmLeaveAll(Runnable proceed) {
        return current == null || pages.get(current).confirmLeave(proceed);
    }

    /** Takes a page the signed-in person cannot use out of the navigation. */
    public void hideNavigation(PageId id) {
        ToggleButton button = buttons.get(id);
        button.setVisible(false);
        button.setManaged(false);
    }

    /** Adds a control at the right end of the header, e.g. the Help menu. */
    public void addToHeader(javafx.scene.Node node) {
        header.getChildren().add(node);
    }

    @Override
    public void say(String text) {
        statusBar.say(text);
    }

    private Region header(String subtitle) {
        FontIcon logo = new FontIcon(MaterialDesignL.LEAF);
        logo.getStyleClass().add("app-logo");
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add("app-name");
        Label tagline = new Label(subtitle);
        tagline.getStyleClass().add("app-tagline");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().setAll(logo, name, tagline, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("app-header");
        return header;
    }

    private Region navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        for (PageId id : PageId.values()) {
            ToggleButton button = new ToggleButton(messages.get(id.titleKey()), new FontIcon(id.icon()));
            button.setId(id.idForTests());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setMnemonicParsing(false);
            button.setOnAction(event -> show(id));
            buttons.put(id, button);
            if (id == PageId.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            nav.getChildren().add(button);
        }
        nav.setPrefWidth(215);
        nav.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        CompactNavigation.follow(nav, root, buttons.values());
        return nav;
    }
}
