package org.linkwell.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;

/** Real SQLite files in a temp folder, and a clock pinned to a known day. */
public final class TestDatabases {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/Toronto"));

    /** Services built by hand in tests act with every permission, under the name the audit log used before sign-in. */
    public static final Access ACCESS = Access.everything("local");

    private TestDatabases() {
    }

    public static Database open(Path folder) {
        return Database.open(folder.resolve("linkwell-test.db"));
    }

    /** A context whose services act as a trusted job with every permission (no one signed in). */
    public static org.linkwell.app.AppContext trusted(org.linkwell.app.AppContext context) {
        context.session().startTrustedJob(ACCESS);
        return context;
    }

    public static Audit audit() {
        return new Audit(CLOCK, () -> "local");
    }
}
