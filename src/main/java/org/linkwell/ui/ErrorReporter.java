package org.linkwell.ui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.linkwell.core.AppPaths;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.core.NewerDatabaseException;
import org.linkwell.core.StaleRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into a plain, translated message for the user; the stack trace goes only
 * to the log file. Nothing on screen is cleared, so what the user typed is never lost.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;
    private final DialogService dialogs;

    public ErrorReporter(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public void report(Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("unexpected failure", cause);
        String text = describe(cause);
        if (Platform.isFxApplicationThread()) {
            dialogs.error(messages.get("error.title"), text);
        } else {
            Platform.runLater(() -> dialogs.error(messages.get("error.title"), text));
        }
    }

    public String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof StaleRecordException) {
            return messages.get("error.stale");
        }
        if (cause instanceof org.linkwell.core.NotAllowedException refused) {
            return refused.isOutsideCaseload() ? messages.get("error.notAllowed.caseload")
                    : messages.get("error.notAllowed", messages.get("permission."
                            + refused.permission().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (cause instanceof NewerDatabaseException newer) {
            return messages.get("error.newerDatabase", newer.fileVersion(), newer.appVersion());
        }
        if (cause instanceof org.linkwell.core.DamagedDatabaseException damaged) {
            return messages.get("error.damagedDatabase", damaged.file().toString());
        }
        if (cause instanceof org.linkwell.core.BackupException backup) {
            return messages.get(backup.messageKey(), backup.file().toString());
        }
        if (cause instanceof Database.DatabaseException) {
            return messages.get("error.database", AppPaths.logFolder().toString());
        }
        return messages.get("error.unexpected", AppPaths.logFolder().toString());
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof java.lang.reflect.InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
