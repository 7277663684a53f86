package org.linkwell.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ButtonBar;

/**
 * Alt plus an underlined letter presses a button. Rather than a letter fixed in each bundle (which clash as
 * texts are translated), each window's buttons get one when shown: the first letter of a word that no other
 * button of the window uses, else any free letter. A letter a text already marks with "_" is kept.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    /**
     * Gives every button, menu button and link under {@code root} a letter of its own where one is free.
     * The tabs of a tab pane are never on screen together, so they may reuse each other's letters.
     */
    public static void assign(Node root) {
        assign(List.of(root), Set.of());
    }

    private static void assign(List<Node> roots, Set<Character> outside) {
        List<Labeled> buttons = new ArrayList<>();
        Set<Character> taken = new HashSet<>(outside);
        List<TabPane> tabPanes = new ArrayList<>();
        roots.forEach(root -> collect(root, buttons, taken, tabPanes));
        for (Labeled button : buttons) {
            String text = button.getText();
            if (text == null || text.isBlank() || text.contains("_") || button.textProperty().isBound()) {
                continue;
            }
            int at = choose(text, taken);
            if (at >= 0) {
                taken.add(key(text.charAt(at)));
                button.setText(text.substring(0, at) + "_" + text.substring(at));
            }
        }
        for (TabPane tabs : tabPanes) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    assign(List.of(tab.getContent()), taken);
                }
            }
        }
    }

    /**
     * Keeps giving letters to buttons that appear later (a program's details, a form's new row): after each
     * layout of the window showing {@code root}. Buttons that have a letter keep it.
     */
    public static void follow(Parent root) {
        assign(root);
        java.util.function.Consumer<javafx.scene.Scene> install = scene ->
                scene.addPostLayoutPulseListener(() -> {
                    if (scene.getRoot() == root || isInside(root, scene.getRoot())) {
                        assign(root);
                    }
                });
        if (root.getScene() != null) {
            install.accept(root.getScene());
        } else {
            root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                    javafx.scene.Scene old, javafx.scene.Scene scene) {
                    if (scene != null) {
                        root.sceneProperty().removeListener(this);
                        install.accept(scene);
                    }
                }
            });
        }
    }

    private static boolean isInside(Node node, Node root) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == root) {
                return true;
            }
        }
        return false;
    }

    /** The text as shown, without the underline mark. */
    public static String plain(String text) {
        return text == null ? "" : text.replaceFirst("_(?=\\S)", "");
    }

    private static void collect(Node node, List<Labeled> buttons, Set<Character> taken, List<TabPane> tabPanes) {
        if (node instanceof TabPane tabs) {
            tabPanes.add(tabs);
            return;
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing()
                && (node instanceof Button || node instanceof MenuButton || node instanceof Hyperlink)) {
            mark(labeled.getText()).ifPresent(taken::add);
            buttons.add(labeled);
        }
        if (node instanceof MenuBar bar) {
            for (Menu menu : bar.getMenus()) {
                mark(menu.getText()).ifPresent(taken::add);
            }
        }
        for (Node child : children(node)) {
            collect(child, buttons, taken, tabPanes);
        }
    }

    /** A control's parts before its skin exists too: a page or dialog gets its letters before it is first drawn. */
    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            children.add(scroll.getContent());
        } else if (node instanceof SplitPane split) {
            children.addAll(split.getItems());
        } else if (node instanceof ButtonBar bar) {
            children.addAll(bar.getButtons());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            children.add(titled.getContent());
        } else if (node instanceof ToolBar bar) {
            children.addAll(bar.getItems());
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            children.addAll(parent.getChildrenUnmodifiable());
        }
        return children;
    }

    private static java.util.Optional<Character> mark(String text) {
        int at = text == null ? -1 : text.indexOf('_');
        return at >= 0 && at + 1 < text.length() ? java.util.Optional.of(key(text.charAt(at + 1)))
                : java.util.Optional.empty();
    }

    /** Word starts first, then any letter or digit; only plain ASCII, which every keyboard layout can type. */
    private static int choose(String text, Set<Character> taken) {
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && usable(text.charAt(i), taken)) {
                return i;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (usable(text.charAt(i), taken)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean usable(char c, Set<Character> taken) {
        return c < 128 && Character.isLetterOrDigit(c) && !taken.contains(key(c));
    }

    private static char key(char c) {
        return Character.toString(c).toLowerCase(Locale.ROOT).charAt(0);
    }
}
