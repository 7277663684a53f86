package org.linkwell.testing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Every text a user can read or hear in a window: labels, prompts, tabs, headings, tooltips, menus, choices. */
public final class ScreenTexts {
    /** One text and the node it was found on, to say where it is. */
    public record Seen(String text, String node) {
    }

    private final List<Seen> seen = new ArrayList<>();

    private ScreenTexts() {
    }

    public static List<Seen> of(Window window) {
        ScreenTexts texts = new ScreenTexts();
        if (window instanceof Stage stage) {
            texts.add(stage.getTitle(), "window title");
        }
        if (window.getScene() != null) {
            texts.walk(window.getScene().getRoot());
        }
        return texts.seen;
    }

    private void walk(Node node) {
        if (!node.isVisible()) {
            return;
        }
        String where = describe(node);
        add(node.getAccessibleText(), where + " accessibleText");
        add(node.getAccessibleHelp(), where + " accessibleHelp");
        if (node instanceof Labeled labeled) {
            add(labeled.getText(), where);
        }
        add(node.getAccessibleRoleDescription(), where + " accessibleRoleDescription");
        if (node instanceof TextInputControl) {
            // What is typed is the user's; the prompt and a read-only text are ours (below).
            addOwn(node, where);
            return;
        }
        if (node instanceof Text text && !(node.getParent() instanceof Labeled)
                && !text.getClass().getSimpleName().equals("LabeledText")) {
            add(text.getText(), where);
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip(), where);
        }
        if (node instanceof ComboBoxBase<?> box) {
            add(box.getPromptText(), where + " prompt");
        }
        if (node instanceof ComboBox<?> box) {
            choices(box, where);
        }
        if (node instanceof ChoiceBox<?> box) {
            choices(box, where);
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> column(column, where));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(tab.getText(), where + " tab");
                tooltip(tab.getTooltip(), where + " tab");
            }
        }
        if (node instanceof MenuButton menu) {
            menu.getItems().forEach(item -> item(item, where));
        }
        if (node instanceof MenuBar bar) {
            for (Menu menu : bar.getMenus()) {
                item(menu, where);
            }
        }
        if (node instanceof Chart chart) {
            add(chart.getTitle(), where + " chart title");
        }
        if (node instanceof Axis<?> axis) {
            add(axis.getLabel(), where + " axis label");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::walk);
        }
    }

    private void addOwn(Node node, String where) {
        TextInputControl input = (TextInputControl) node;
        tooltip(input.getTooltip(), where);
        add(input.getPromptText(), where + " prompt");
        if (!input.isEditable()) {
            add(input.getText(), where);
        }
    }

    private void column(TableColumnBase<?, ?> column, String where) {
        add(column.getText(), where + " column");
        column.getColumns().forEach(inner -> column(inner, where));
    }

    private void item(MenuItem item, String where) {
        add(item.getText(), where + " menu item");
        if (item instanceof Menu menu) {
            menu.getItems().forEach(inner -> item(inner, where));
        }
    }

    private void tooltip(Tooltip tooltip, String where) {
        if (tooltip != null) {
            add(tooltip.getText(), where + " tooltip");
        }
    }

    /** The words in the drop-down list, as the list would show them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choices(ComboBox box, String where) {
        for (Object item : box.getItems()) {
            if (item == null) {
                continue;
            }
            if (box.getCellFactory() != null) {
                ListCell cell = (ListCell) box.getCellFactory().call(null);
                try {
                    Method update = updateItem(cell.getClass());
                    update.setAccessible(true);
                    update.invoke(cell, item, false);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                add(cell.getText(), where + " choice");
            } else {
                add(box.getConverter() == null ? item.toString() : box.getConverter().toString(item), where + " choice");
            }
        }
    }

    private static Method updateItem(Class<?> type) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod("updateItem", Object.class, boolean.class);
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        throw new NoSuchMethodException("updateItem");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choices(ChoiceBox box, String where) {
        for (Object item : box.getItems()) {
            if (item != null) {
                add(box.getConverter() == null ? item.toString() : box.getConverter().toString(item), where + " choice");
            }
        }
    }

    private void add(String text, String where) {
        if (text != null && !text.isBlank()) {
            seen.add(new Seen(text, where));
        }
    }

    static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName() + id);
        for (Node up = node.getParent(); up != null && id.isEmpty(); up = up.getParent()) {
            if (up.getId() != null) {
                path.append(" in #").append(up.getId());
                break;
            }
        }
        return path.toString();
    }
}
