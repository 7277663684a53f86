package org.linkwell.ui;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Ctrl+plus / Ctrl+minus / Ctrl+0 make all of Linkwell's text larger or smaller, in every window, dialogs
 * included. The theme sizes everything from the root's font size (14 px at 100%) in em, so layouts grow with it.
 */
public final class TextZoom {
    public static final String SETTING = "ui.textZoom";
    public static final int NORMAL = 100;
    static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    private static final double BASE_PX = 14;

    /** The main window's text size as a factor of 100 %, for widths given in pixels at 100 %. */
    private static final javafx.beans.property.DoubleProperty SCALE = new javafx.beans.property.SimpleDoubleProperty(1);

    private final IntConsumer remember;
    private Window main;
    private int percent = NORMAL;

    public TextZoom(IntConsumer remember) {
        this.remember = remember;
    }

    /**
     * Follows the main window and every window it opens (dialogs, the guide), now and later, and listens
     * for the zoom keys in each. A later install on the same window takes over from this one.
     */
    public TextZoom install(Window main, int startPercent) {
        this.main = main;
        main.getProperties().put(TextZoom.class, this);
        percent = nearestStep(startPercent);
        Window.getWindows().forEach(this::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next() && isCurrent()) {
                change.getAddedSubList().forEach(this::follow);
            }
        });
        return this;
    }

    private boolean isCurrent() {
        return main.getProperties().get(TextZoom.class) == this;
    }

    private boolean ours(Window window) {
        Window owner = window;
        while (owner != null && owner != main) {
            owner = owner instanceof javafx.stage.Stage stage ? stage.getOwner()
                    : owner instanceof javafx.stage.PopupWindow popup ? popup.getOwnerWindow() : null;
        }
        return owner == main;
    }

    /** The remembered size, read from the settings after the windows are already up. */
    public void restore(int savedPercent) {
        percent = nearestStep(savedPercent);
        Window.getWindows().stream().filter(this::ours).forEach(window -> apply(window.getScene()));
    }

    public int percent() {
        return percent;
    }

    public void zoomIn() {
        change(STEPS.stream().filter(step -> step > percent).findFirst().orElse(percent));
    }

    public void zoomOut() {
        change(STEPS.stream().filter(step -> step < percent).reduce((a, b) -> b).orElse(percent));
    }

    public void reset() {
        change(NORMAL);
    }

    private void change(int newPercent) {
        if (newPercent != percent) {
            percent = newPercent;
            Window.getWindows().stream().filter(this::ours).forEach(window -> apply(window.getScene()));
            remember.accept(percent);
        }
    }

    private void follow(Window window) {
        if (!ours(window) || window instanceof javafx.stage.PopupWindow) {
            return;
        }
        window.sceneProperty().addListener((o, was, scene) -> watch(scene));
        watch(window.getScene());
    }

    private void watch(Scene scene) {
        if (scene == null || scene.getProperties().get(TextZoom.class) == this) {
            apply(scene);
            return;
        }
        scene.getProperties().put(TextZoom.class, this);
        scene.rootProperty().addListener((o, was, root) -> apply(scene));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        apply(scene);
    }

    private void onKey(KeyEvent event) {
        if (!isCurrent() || !event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD || "+".equals(event.getText())) {
            zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            reset();
        } else {
            return;
        }
        event.consume();
    }

    private void apply(Scene scene) {
        if (scene == null || scene.getRoot() == null || !isCurrent()) {
            return;
        }
        if (scene.getWindow() == main) {
            SCALE.set(percent / 100.0);
        }
        Parent root = scene.getRoot();
        String others = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;?", "").strip();
        String style = others + (others.isEmpty() ? "" : " ") + "-fx-font-size: " + fontSize(percent) + "px;";
        if (!style.equals(root.getStyle())) {
            root.setStyle(style);
            // Lists and tables keep the row heights measured at the old size: measure again, so no row is cut.
            javafx.application.Platform.runLater(() -> remeasureRows(root));
        }
    }

    /**
     * A table column's least width, given in pixels at 100 %, grows with the text: at 150 % its header and cells
     * need half as much room again, and the table scrolls sideways rather than cut them to "…".
     */
    public static void minWidth(javafx.scene.control.TableColumn<?, ?> column, double pixelsAtNormal) {
        column.minWidthProperty().bind(SCALE.multiply(pixelsAtNormal));
    }

    static void remeasureRows(Parent root) {
        for (javafx.scene.Node node : root.lookupAll(".list-view, .table-view")) {
            if (node instanceof javafx.scene.control.ListView<?> list) {
                list.refresh();
            } else if (node instanceof javafx.scene.control.TableView<?> table) {
                table.refresh();
            }
        }
    }

    static String fontSize(int percent) {
        return String.format(java.util.Locale.ROOT, "%.1f", BASE_PX * percent / 100.0);
    }

    static int nearestStep(int wanted) {
        return STEPS.stream().min(java.util.Comparator.comparingInt(step -> Math.abs(step - wanted))).orElse(NORMAL);
    }
}
