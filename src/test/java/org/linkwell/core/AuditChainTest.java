package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
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

    private static void writeSomeHistory(Database database) {
        ClientService clients = new ClientService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK);
        Client created = clients.create(TestClients.draft("Hélène", "Côté", "C-1", LocalDate.of(1950, 3, 1)));
        clients.open(created.id());
        clients.open(created.id());
    }
}
