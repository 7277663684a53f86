package org.linkwell.help.ui;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.linkwell.core.Messages;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.Shortcut;

/** The Help menu in the window's header: About, Keyboard shortcuts and the user guide (F1). */
public final class HelpMenu {
    static final String STYLESHEET = HelpMenu.class.getResource("/org/linkwell/help/help.css").toExternalForm();

    private final Messages messages;
    private final DialogService dialogs;
    private final GuideWindow guide;
    private final Path dataFile;

    public HelpMenu(Messages messages, DialogService dialogs, GuideWindow guide, Path dataFile) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.guide = guide;
        this.dataFile = dataFile;
    }

    public MenuBar menuBar() {
        MenuItem guideItem = item("help-guide", "help.guide", guide::show);
        Shortcut.USER_GUIDE.keys().ifPresent(guideItem::setAccelerator);
        Menu help = new Menu(messages.get("help.menu"));
        help.setId("help-menu");
        help.getItems().setAll(
                guideItem,
                item("help-shortcuts", "help.shortcuts", this::showShortcuts),
                item("help-about", "help.about", this::showAbout));
        MenuBar bar = new MenuBar(help);
        bar.setId("help-menu-bar");
        bar.getStyleClass().add("help-menu-bar");
        bar.getStylesheets().add(STYLESHEET);
        // On a Mac the menu belongs in the screen's menu bar, where Mac users look for Help.
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    public void showAbout() {
        dialogs.show(new AboutDialog(messages, dataFile, guide::show));
    }

    public void showShortcuts() {
        dialogs.show(new ShortcutsDialog(messages));
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(event -> action.run());
        return item;
    }
}
