package org.linkwell.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * The one way the UI reaches the database or the disk: the work runs on the injected
 * executor, and its result (or failure) comes back on the JavaFX thread.
 */
public final class BackgroundTasks {
    private final Executor executor;
    private final Consumer<Throwable> defaultFailureHandler;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public BackgroundTasks(Executor executor, Consumer<Throwable> defaultFailureHandler) {
        this.executor = executor;
        this.defaultFailureHandler = defaultFailureHandler;
    }

    /** Reports a failure the way work without a failure handler of its own is reported. */
    public void reportFailure(Throwable failure) {
        defaultFailureHandler.accept(failure);
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, defaultFailureHandler);
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            onFailure.accept(task.getException());
        });
        started();
        executor.execute(task);
    }

    /** Number of tasks started and not yet finished; the status bar shows progress while above zero. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isIdle() {
        return running.get() == 0;
    }

    private void started() {
        onFxThread(() -> running.set(running.get() + 1));
    }

    private void finished() {
        running.set(running.get() - 1);
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
