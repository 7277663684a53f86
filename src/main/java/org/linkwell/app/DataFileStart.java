package org.linkwell.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.linkwell.core.DataFiles;
import org.linkwell.core.Messages;
import org.linkwell.security.ui.NewDataFilePane;
import org.linkwell.security.ui.RecoveryPane;
import org.linkwell.security.ui.UnlockPane;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Theme;

/**
 * How the desktop app reaches its data file. A plain file opens at once and its sign-in follows (as before).
 * An encrypted file stays closed until a password or the setup passphrase opens it. A new file is made
 * encrypted by the first administrator's set-up.
 */
public final class DataFileStart {
    enum Kind { PLAIN, ENCRYPTED, NEW }

    private final Stage stage;
    private final Executor worker;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Throwable> failed;
    private SignInGate gate;

    public DataFileStart(Stage stage, Executor worker, Messages messages, Clock clock, Consumer<Throwable> failed) {
        this.stage = stage;
        this.worker = worker;
        this.messages = messages;
        this.clock = clock;
        this.failed = failed;
        this.tasks = new BackgroundTasks(worker, failed);
    }

    static Kind kind(Path file) {
        if (DataFiles.isNew(file)) {
            return Kind.NEW;
        }
        return DataFiles.isEncrypted(file) ? Kind.ENCRYPTED : Kind.PLAIN;
    }

    /**
     * Shows the first screen for {@code file}; {@code opened} gets the context as soon as the file is open,
     * and {@code shown} runs once a screen a person can use is up.
     */
    public void start(Path file, Consumer<AppContext> opened, Runnable shown) {
        tasks.run(() -> kind(file), kind -> {
            switch (kind) {
                case PLAIN -> tasks.run(() -> AppContext.open(file, clock), context -> {
                    opened.accept(context);
                    gate = new SignInGate(stage, context, worker);
                    gate.show();
                    shown.run();
                });
                case ENCRYPTED -> {
                    EncryptedStart start = new EncryptedStart(file, clock);
                    show(new UnlockPane(start, tasks, messages, user -> work(start, opened),
                            passphrase -> recover(start, opened, passphrase), failed).root());
                    shown.run();
                }
                case NEW -> {
                    EncryptedStart start = new EncryptedStart(file, clock);
                    show(new NewDataFilePane(start, tasks, messages, user -> work(start, opened), failed).root());
                    shown.run();
                }
            }
        });
    }

    private void work(EncryptedStart start, Consumer<AppContext> opened) {
        AppContext context = start.context().orElseThrow();
        opened.accept(context);
        gate = new SignInGate(stage, context, worker);
        gate.continueSignedIn();
    }

    /** The passphrase opened the file: set up its first administrator, or give an administrator a new password. */
    private void recover(EncryptedStart start, Consumer<AppContext> opened, char[] passphrase) {
        AppContext context = start.context().orElseThrow();
        opened.accept(context);
        gate = new SignInGate(stage, context, worker);
        tasks.run(() -> context.signIn().needsFirstAdministrator(), first -> {
            if (first) {
                gate.show();
            } else {
                show(new RecoveryPane(context.dataFileSecurity().recovery(), passphrase, tasks, context.messages(),
                        user -> gate.continueSignedIn(), failed).root());
            }
        });
    }

    private void show(Parent root) {
        Theme.style(root);
        if (stage.getScene() == null) {
            stage.setScene(new javafx.scene.Scene(root, 1280, 820));
        } else {
            stage.getScene().setRoot(root);
        }
        stage.show();
    }

    /** Whether this start's own background work has finished, and the gate's too. */
    public boolean isIdle() {
        return tasks.isIdle() && (gate == null || gate.isIdle());
    }
}
