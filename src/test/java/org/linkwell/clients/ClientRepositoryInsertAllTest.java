package org.linkwell.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.linkwell.db.Tables.CLIENT;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.core.Database;
import org.linkwell.testing.TestDatabases;

class ClientRepositoryInsertAllTest {
    private static final Instant NOW = TestDatabases.CLOCK.instant();

    @TempDir
    Path folder;
    Database database;
    ClientRepository repository = new ClientRepository();

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void insertAll_storesWhatInsertStores() {
        long single = database.transaction(tx -> repository.insert(tx, full("C-1"), NOW));
        List<Long> batch = database.transaction(tx -> repository.insertAll(tx, List.of(full("C-2"), full("C-3")), NOW));

        Client expected = withChart(database.read(dsl -> repository.find(dsl, single)).orElseThrow(), "");
        for (long id : batch) {
            Client stored = database.read(dsl -> repository.find(dsl, id)).orElseThrow();
            assertEquals(expected, withChart(stored, "").withId(single, expected.version()));
        }
        assertEquals(List.of(single + 1, single + 2), batch);
    }

    @Test
    void insertAll_keepsTheSearchIndexAndSpansSeveralBatches() {
        List<Client> many = new ArrayList<>();
        for (int i = 0; i < ClientBatchWriter.BATCH_SIZE + 7; i++) {
            many.add(full("C-" + i));
        }

        database.run(tx -> repository.insertAll(tx, many, NOW));

        assertEquals(many.size(), (int) database.read(dsl -> dsl.fetchCount(CLIENT)));
        assertEquals(1, database.read(dsl -> repository.search(dsl, SearchQuery.toMatch("C-5003"), StatusFilter.ALL, 50))
                .size());
        assertEquals(many.size(), database.read(dsl -> repository.search(dsl, SearchQuery.toMatch("helene cote"),
                StatusFilter.ALL, 10_000)).size());
    }

    private static Client full(String chart) {
        return new Client(0, 0,
                new Client.Identity(chart, "Hélène", "Côté", "Lène", "elle", Optional.of(LocalDate.of(1950, 3, 2)),
                        "woman", Language.OTHER, "Arabic"),
                new Client.Contact("613-555-0142", "helene@example.com", "12 Pitt Street", "Cornwall", "ON", "K6H 1A1",
                        true, true, false, true),
                new Client.Consent(true, Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(Client.ConsentMethod.WRITTEN),
                        "navigator"),
                new Client.Strengths(Set.of("gardening", "music", "no-such-code"), "choir", "Je veux sortir", "Tricot"),
                List.of(new Client.Need(NeedDomain.FOOD_SECURITY, true, "Skips meals"),
                        new Client.Need(NeedDomain.HOUSING, false, "")),
                List.of(new Client.Barrier(BarrierType.TRANSPORT, true, "Bus tickets")),
                new Client.Equity(Map.of(EquityQuestion.NEWCOMER, "yes", EquityQuestion.LGBTQ, "prefer-not")),
                new Client.Closure(Optional.of(LocalDate.of(2026, 6, 1)), "Moved away"));
    }

    private static Client withChart(Client client, String chart) {
        Client.Identity i = client.identity();
        return new Client(client.id(), client.version(),
                new Client.Identity(chart, i.givenName(), i.familyName(), i.preferredName(), i.pronouns(),
                        i.dateOfBirth(), i.gender(), i.language(), i.languageOther()),
                client.contact(), client.consent(), client.strengths(), client.needs(), client.barriers(),
                client.equity(), client.closure());
    }
}
