package org.linkwell.reports.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Adds parts of a large view one per frame, so the window keeps answering (and shows the first parts at once) while
 * the rest is styled and laid out. JavaFX thread only.
 */
final class ProgressiveRender {
    private final Queue<Runnable> steps = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable next = steps.poll();
            if (next != null) {
                next.run();
            }
            if (steps.isEmpty()) {
                stop();
                running.set(false);
            }
        }
    };

    void add(Runnable step) {
        steps.add(step);
    }

    /** Runs the first step now and the others one per frame. */
    void start() {
        Runnable first = steps.poll();
        if (first != null) {
            first.run();
        }
        if (!steps.isEmpty()) {
            running.set(true);
            timer.start();
        }
    }

    /** Drops the steps not yet run (a newer view replaces this one). */
    void cancel() {
        steps.clear();
        timer.stop();
        running.set(false);
    }

    /** True while steps remain. */
    ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }
}
