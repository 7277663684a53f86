package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void open_createsFolderAndFileWithWalAndForeignKeys() {
        Path file = folder.resolve("nested/clinic.db");
        try (Database database = Database.open(file)) {
            assertEquals("wal", database.read(dsl -> dsl.fetchValue("PRAGMA journal_mode")).toString());
            assertEquals("1", database.read(dsl -> dsl.fetchValue("PRAGMA foreign_keys")).toString());
        }
    }

    @Test
    void open_refusesAFileFromANewerLinkwell_andLeavesItUnchanged() throws Exception {
        Path file = folder.resolve("newer.db");
        Database.open(file).close();
        String url = "jdbc:sqlite:" + file;
        int applied = historyRows(url);
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'test', 0, 1)");
        }

        NewerDatabaseException refused = assertThrows(NewerDatabaseException.class, () -> Database.open(file));

        assertEquals("999", refused.fileVersion());
        assertEquals(applied + 1, historyRows(url));
    }

    private static int historyRows(String url) throws java.sql.SQLException {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void transaction_rollsBackEverythingWhenAStepFails() {
        try (Database database = Database.open(folder.resolve("tx.db"))) {
            assertThrows(IllegalStateException.class, () -> database.run(tx -> {
                tx.execute("INSERT INTO setting (key, value) VALUES ('a', '1')");
                throw new IllegalStateException("second step failed");
            }));
            assertEquals(0, (int) database.read(dsl -> dsl.fetchCount(org.linkwell.db.Tables.SETTING)));
        }
    }

    @Test
    void auditRows_cannotBeChangedOrDeleted() {
        try (Database database = Database.open(folder.resolve("audit.db"))) {
            Audit audit = new Audit(java.time.Clock.systemUTC(), () -> "local");
            database.run(tx -> audit.record(tx, Audit.Action.VIEW, "client", 1));

            assertThrows(RuntimeException.class, () -> database.run(tx -> tx.execute("DELETE FROM audit_event")));
            assertThrows(RuntimeException.class, () -> database.run(tx -> tx.execute("UPDATE audit_event SET actor = 'x'")));
            assertEquals(1, (int) database.read(dsl -> dsl.fetchCount(org.linkwell.db.Tables.AUDIT_EVENT)));
        }
    }
}
