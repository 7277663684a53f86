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

    private static void writeSomeHistory(Database database) {
        ClientService clients = new ClientService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK);
        Client created = clients.create(TestClients.draft("Hélène", "Côté", "C-1", LocalDate.of(1950, 3, 1)));
        clients.open(created.id());
        clients.open(created.id());
    }
}
