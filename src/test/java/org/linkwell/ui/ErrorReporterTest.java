package org.linkwell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;
import org.linkwell.core.NewerDatabaseException;
import org.linkwell.core.StaleRecordException;

class ErrorReporterTest {
    private final Messages messages = new Messages(Messages.ENGLISH);
    private final ErrorReporter reporter = new ErrorReporter(messages, new DialogService(messages));

    @Test
    void describe_explainsKnownProblemsPlainly_evenWhenWrapped() {
        assertTrue(reporter.describe(new ExecutionException(new StaleRecordException("client", 4)))
                .startsWith("Someone else saved this client"));
        assertTrue(reporter.describe(new NewerDatabaseException("9", "1")).contains("newer version of Linkwell (schema 9"));
    }

    @Test
    void describe_neverShowsTheTechnicalMessage() {
        String text = reporter.describe(new IllegalStateException("NullPointer at com.x.Y line 42"));

        assertTrue(text.startsWith("Linkwell met an unexpected problem. Nothing you typed on screen was lost."));
        assertTrue(!text.contains("NullPointer"));
        assertEquals(messages.get("error.unexpected", org.linkwell.core.AppPaths.logFolder().toString()), text);
    }
}
