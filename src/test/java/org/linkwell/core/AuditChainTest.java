package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

/** The audit log cannot be edited through the app, and an edit by SQL is found by the chain check. */
class AuditChainTest {
    @TempDir
    Path folder;

    @Test
    void untouchedLog_isWhole() {
        try (Database database = TestDatabases.open(folder)) {
            writeSomeHistory(database);
            assertEquals(Optional.empty(), database.read(AuditChain::firstBrokenRow));
        }
    }

    @Test
    void rowEditedBySql_breaksTheChainAtThatRow() {
        try (Database database = TestDatabases.open(folder)) {
            writeSomeHistory(database);
            assertThrows(RuntimeException.class, () -> database.run(tx ->
                    tx.execute("UPDATE audit_event SET actor = 'nobody' WHERE id = 2")), "the triggers refuse edits");

            database.run(tx -> {
                tx.execute("DROP TRIGGER audit_event_no_update");
                tx.execute("UPDATE audit_event SET actor = 'nobody' WHERE id = 2");
            });

            assertEquals(Optional.of(2L), database.read(AuditChain::firstBrokenRow));
        }
    }

    @Test
    void rowDeletedBySql_breaksTheChainAtTheNextRow() {
        try (Database database = TestDatabases.open(folder)) {
            writeSomeHistory(database);
            database.run(tx -> {
                tx.execute("DROP TRIGGER audit_event_no_delete");
                tx.execute("DELETE FROM audit_event WHERE id = 2");
            });

            assertEquals(Optional.of(3L), database.read(AuditChain::firstBrokenRow));
        }
    }

    @Test
    void rowsWrittenAsOneBatch_chainLikeRowsWrittenOneByOne() {
        try (Database database = TestDatabases.open(folder)) {
            writeSomeHistory(database);
            Audit audit = TestDatabases.audit();
            database.run(tx -> audit.recordAll(tx, List.of(new Audit.Entry(Audit.Action.CREATE, "encounter", 7),
                    new Audit.Entry(Audit.Action.UPDATE, "health_champion", 3))));
            database.run(tx -> audit.record(tx, Audit.Action.VIEW, "client", 1));

            assertEquals(Optional.empty(), database.read(AuditChain::firstBrokenRow));
            assertEquals(List.of("client:create", "client:view", "client:view", "encounter:create",
                    "health_champion:update", "client:view"),
                    database.read(tx -> tx.fetch("SELECT table_name || ':' || action FROM audit_event ORDER BY id")
                            .getValues(0, String.class)));
        }
    }

    @Test
    void rowEditedBySql_inABatch_breaksTheChainAtThatRow() {
        try (Database database = TestDatabases.open(folder)) {
            Audit audit = TestDatabases.audit();
            database.run(tx -> audit.recordAll(tx, List.of(new Audit.Entry(Audit.Action.CREATE, "encounter", 1),
                    new Audit.Entry(Audit.Action.CREATE, "encounter", 2),
                    new Audit.Entry(Audit.Action.CREATE, "encounter", 3))));
            database.run(tx -> {
                tx.execute("DROP TRIGGER audit_event_no_update");
                tx.execute("UPDATE audit_event SET record_id = 9 WHERE id = 2");
            });

            assertEquals(Optional.of(2L), database.read(AuditChain::firstBrokenRow));
        }
    }

    @Test
    void breakGlassFlagClearedBySql_breaksTheChain() {
        try (Database database = TestDatabases.open(folder)) {
            writeSomeHistory(database);
            Audit audit = TestDatabases.audit();
            database.run(tx -> audit.recordBreakGlass(tx, Audit.Action.VIEW, "client", 1));
            database.run(tx -> audit.record(tx, Audit.Action.DISCLOSE, "client", 1));
            assertEquals(Optional.empty(), database.read(AuditChain::firstBrokenRow));
            assertEquals(List.of(0, 0, 0, 1, 0), database.read(tx ->
                    tx.fetch("SELECT break_glass FROM audit_event ORDER BY id").getValues(0, Integer.class)));

            database.run(tx -> {
                tx.execute("DROP TRIGGER audit_event_no_update");
                tx.execute("UPDATE audit_event SET break_glass = 0 WHERE id = 4");
            });

            assertEquals(Optional.of(4L), database.read(AuditChain::firstBrokenRow), "a hidden break-glass shows");
        }
    }

    @Test
    void logWrittenBeforeTheBreakGlassFlag_keepsItsChainThroughTheUpgrade() throws Exception {
        Path file = folder.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target("6").load().migrate();
        try (var connection = java.sql.DriverManager.getConnection(url);
                var insert = connection.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action,"
                        + " table_name, record_id, prev_hash, hash) VALUES (?, 'nurse', 'view', 'client', ?, ?, ?)")) {
            String previous = Audit.GENESIS;
            for (int row = 1; row <= 3; row++) {
                String at = "2026-0" + row + "-01 10:00:00.000";
                String hash = Audit.hash(previous, at, "nurse", "view", "client", row, false);
                insert.setString(1, at);
                insert.setLong(2, row);
                insert.setString(3, previous);
                insert.setString(4, hash);
                insert.executeUpdate();
                previous = hash;
            }
        }

        try (Database database = Database.open(file)) {
            assertEquals(Optional.empty(), database.read(AuditChain::firstBrokenRow));
            assertEquals(3, (int) database.read(tx -> tx.fetchCount(org.linkwell.db.Tables.AUDIT_EVENT)));
            database.run(tx -> TestDatabases.audit().record(tx, Audit.Action.DISCLOSE, "client", 2));
            assertEquals(Optional.empty(), database.read(AuditChain::firstBrokenRow));
            assertThrows(RuntimeException.class, () -> database.run(tx ->
                    tx.execute("DELETE FROM audit_event WHERE id = 1")), "still append-only after the upgrade");
        }
    }

    private static void writeSomeHistory(Database database) {
        ClientService clients = new ClientService(database, new ClientRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        Client created = clients.create(TestClients.draft("Hélène", "Côté", "C-1", LocalDate.of(1950, 3, 1)));
        clients.open(created.id());
        clients.open(created.id());
    }
}
