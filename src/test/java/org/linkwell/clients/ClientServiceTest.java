package org.linkwell.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.linkwell.db.Tables.CLIENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.core.Database;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

class ClientServiceTest {
    @TempDir
    Path folder;
    Database database;
    ClientService service;

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
        service = new ClientService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void search_matchesAccentInsensitive() {
        service.create(TestClients.draft("Hélène", "Côté", "C-100", LocalDate.of(1950, 3, 2)));
        service.create(TestClients.draft("Helen", "Smith", "C-101", LocalDate.of(1960, 1, 1)));

        List<ClientSummary> byHelene = service.search("helene", StatusFilter.ALL, 50);
        List<ClientSummary> byCote = service.search("cote", StatusFilter.ALL, 50);

        assertEquals(List.of("Côté"), byHelene.stream().map(ClientSummary::familyName).toList());
        assertEquals(List.of("Hélène"), byCote.stream().map(ClientSummary::givenName).toList());
    }

    @Test
    void search_findsByChartNumberPhoneDigitsAndBirthDate() {
        Client client = TestClients.withPhone(TestClients.draft("Marc", "Lavoie", "EMR-4411", LocalDate.of(1948, 7, 9)),
                "(613) 555-0199");
        service.create(client);
        service.create(TestClients.draft("Anne", "Roy", "EMR-9000", LocalDate.of(1990, 2, 3)));

        assertEquals(1, service.search("4411", StatusFilter.ALL, 50).size());
        service.create(TestClients.draft("Kim", "Ng", "CHC-000123", null));
        assertEquals("Ng", service.search("123", StatusFilter.ALL, 50).get(0).familyName());
        assertEquals("Ng", service.search("CHC-000123", StatusFilter.ALL, 50).get(0).familyName());
        assertEquals(1, service.search("6135550199", StatusFilter.ALL, 50).size());
        assertEquals(1, service.search("555-01", StatusFilter.ALL, 50).size());
        assertEquals("Lavoie", service.search("1948-07", StatusFilter.ALL, 50).get(0).familyName());
    }

    @Test
    void search_treatsFtsSyntaxAsPlainText() {
        service.create(TestClients.draft("Or", "Near", "X-1", null));

        assertEquals(1, service.search("\"near OR", StatusFilter.ALL, 50).size());
        assertTrue(service.search("family_name:zzz", StatusFilter.ALL, 50).isEmpty());
    }

    @Test
    void create_normalisesPhoneAndPostalCode_andWritesAuditRowWithoutPersonalData() {
        Client draft = TestClients.withPostalCode(TestClients.withPhone(
                TestClients.draft("Amélie", "Gagnon", "C-7", LocalDate.of(1971, 5, 5)), "6135550123"), "k1a0b1");

        Client saved = service.create(draft);

        assertEquals("613-555-0123", saved.contact().phone());
        assertEquals("K1A 0B1", saved.contact().postalCode());
        var audit = database.read(dsl -> dsl.selectFrom(AUDIT_EVENT).fetchSingle());
        assertEquals("create", audit.getAction());
        assertEquals("client", audit.getTableName());
        assertEquals(saved.id(), audit.getRecordId());
        String row = audit.formatCSV();
        assertTrue(!row.contains("Amélie") && !row.contains("Gagnon") && !row.contains("C-7"), row);
    }

    @Test
    void open_isAuditedAsView() {
        Client saved = service.create(TestClients.draft("Jean", "Tremblay", "C-1", null));

        service.open(saved.id());

        List<String> actions = database.read(dsl -> dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION));
        assertEquals(List.of("create", "view"), actions);
    }

    @Test
    void save_rejectsFutureBirthDateAndBadPostalCode_andSavesNothing() {
        Client draft = TestClients.withPostalCode(
                TestClients.draft("Zoé", "Martin", "C-2", LocalDate.of(2030, 1, 1)), "12345");

        ValidationException error = assertThrows(ValidationException.class, () -> service.create(draft));

        assertEquals(Set.of("dateOfBirth", "postalCode"),
                Set.copyOf(error.errors().stream().map(ValidationException.FieldError::field).toList()));
        assertEquals(0, (int) database.read(dsl -> dsl.fetchCount(CLIENT)));
    }

    @Test
    void update_refusesStaleVersion_andKeepsStoredData() {
        Client saved = service.create(TestClients.draft("Luc", "Bélanger", "C-3", null));
        Client first = service.open(saved.id());
        Client second = service.open(saved.id());
        service.update(TestClients.withPhone(first, "613-555-0000"));

        assertThrows(StaleRecordException.class, () -> service.update(TestClients.withPhone(second, "613-555-1111")));

        assertEquals("613-555-0000", service.open(saved.id()).contact().phone());
    }

    @Test
    void update_keepsInterestsNeedsBarriersAndEquity() {
        Client saved = service.create(TestClients.draft("Nadia", "Haddad", "C-4", null));
        Client edited = new Client(saved.id(), saved.version(), saved.identity(), saved.contact(), saved.consent(),
                new Client.Strengths(Set.of("gardening", "music"), "choir", "Meet people", "Bakes bread"),
                List.of(new Client.Need(NeedDomain.FOOD_SECURITY, true, "Skips meals")),
                List.of(new Client.Barrier(BarrierType.TRANSPORT, true, "Bus tickets")),
                new Client.Equity(Map.of(EquityQuestion.NEWCOMER, "yes", EquityQuestion.DISABILITY, "prefer-not")),
                saved.closure());

        service.update(edited);
        Client reopened = service.open(saved.id());

        assertEquals(Set.of("gardening", "music"), reopened.strengths().interestCodes());
        assertEquals(edited.needs(), reopened.needs());
        assertEquals(edited.barriers(), reopened.barriers());
        assertEquals(edited.equity(), reopened.equity());
        assertEquals(saved.version() + 1, reopened.version());
    }

    @Test
    void possibleDuplicates_findsChartNumberNameWithBirthDateAndPhone() {
        service.create(TestClients.withPhone(TestClients.draft("Émile", "Côté", "C-10", LocalDate.of(1955, 4, 4)),
                "613-555-4444"));

        assertEquals(DuplicateMatch.Reason.CHART_NUMBER,
                service.possibleDuplicates(TestClients.draft("X", "Y", "C-10", null)).get(0).reason());
        assertEquals(DuplicateMatch.Reason.NAME_AND_BIRTH_DATE,
                service.possibleDuplicates(TestClients.draft("emile", "COTE", "", LocalDate.of(1955, 4, 4))).get(0).reason());
        assertEquals(DuplicateMatch.Reason.PHONE,
                service.possibleDuplicates(TestClients.withPhone(TestClients.draft("A", "B", "", null), "(613) 555-4444"))
                        .get(0).reason());
        assertTrue(service.possibleDuplicates(TestClients.draft("Emile", "Cote", "", LocalDate.of(1956, 4, 4))).isEmpty());
    }

    @Test
    void close_requiresReason_andHidesFromOpenList() {
        Client saved = service.create(TestClients.draft("Paul", "Roy", "C-5", null));

        assertThrows(ValidationException.class, () -> service.close(saved.id(), saved.version(), " "));
        Client closed = service.close(saved.id(), saved.version(), "Moved away");

        assertTrue(closed.isClosed());
        assertEquals("Moved away", closed.closure().reason());
        assertTrue(service.search("roy", StatusFilter.OPEN, 50).isEmpty());
        assertEquals(1, service.search("roy", StatusFilter.CLOSED, 50).size());
        assertEquals(1, (int) database.read(dsl -> dsl.fetchCount(CLIENT)));
    }

    @Test
    void addInterest_extendsTheSharedListOnce() {
        InterestOption added = service.addInterest("Tai chi & Qi gong", "Tai-chi et qi gong");

        assertEquals("tai-chi-qi-gong", added.code());
        assertTrue(service.interests().contains(added));
        ValidationException again = assertThrows(ValidationException.class,
                () -> service.addInterest("Tai Chi & Qi Gong", "Tai-chi"));
        assertEquals("validation.interest.exists", again.errors().get(0).messageKey());
        assertThrows(ValidationException.class, () -> service.addInterest("Bowling", " "));
    }
}
