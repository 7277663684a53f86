package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.linkwell.db.Tables.CLIENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Database;
import org.linkwell.testing.TestDatabases;

class SampleDataServiceTest {
    @TempDir
    Path folder;
    Database database;
    SampleDataService service;

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
        service = new SampleDataService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void loadBundled_createsAbout1100Clients_eachWithOneCreateAuditRow() {
        assertTrue(service.isDatabaseEmpty());

        LoadResult result = service.loadBundled();

        assertEquals(new LoadResult(1100, 0), result);
        assertFalse(service.isDatabaseEmpty());
        assertEquals(1100, clients());
        List<Long> audited = database.read(dsl -> dsl.select(AUDIT_EVENT.RECORD_ID).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("create").and(AUDIT_EVENT.TABLE_NAME.eq(ClientService.TABLE)))
                .orderBy(AUDIT_EVENT.RECORD_ID).fetch(AUDIT_EVENT.RECORD_ID));
        assertEquals(database.read(dsl -> dsl.select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID)),
                audited);
    }

    @Test
    void loadBundled_clientsAreSearchableAndComplete() {
        service.loadBundled();
        ClientService clients = new ClientService(database, new ClientRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);

        Client first = clients.open(clients.search("CHC-000002", StatusFilter.ALL, 5).get(0).id());

        assertEquals(new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED, java.time.LocalDate.of(2026, 11, 1))
                .client(2), first.withId(0, 0));
        assertTrue(clients.count(StatusFilter.CLOSED) > 50);
    }

    @Test
    void loadTwice_createsNoDuplicates() {
        service.loadBundled();

        LoadResult again = service.loadBundled();

        assertEquals(new LoadResult(0, 1100), again);
        assertEquals(1100, clients());
        assertEquals(1100, (int) database.read(dsl -> dsl.fetchCount(AUDIT_EVENT)));
    }

    @Test
    void load_badPostalCode_namesRowAndColumn_andSavesNothing() throws IOException {
        List<List<String>> rows = ClientCsvTest.rows(40);
        rows.get(29).set(Column.POSTAL_CODE.ordinal(), "12345");
        write(rows);

        SampleDataException error = assertThrows(SampleDataException.class, () -> service.load(folder));

        assertEquals(31, error.row().orElseThrow());
        assertEquals("postal_code", error.column().orElseThrow());
        assertTrue(error.getMessage().endsWith("row 31, column postal_code: is not a Canadian postal code (like K6H 1A1)"),
                error.getMessage());
        assertNothingSaved();
    }

    @Test
    void load_unknownInterestCode_namesRowAndColumn_andSavesNothing() throws IOException {
        List<List<String>> rows = ClientCsvTest.rows(10);
        rows.get(9).set(Column.INTERESTS.ordinal(), "gardening;basket-weaving");
        write(rows);

        SampleDataException error = assertThrows(SampleDataException.class, () -> service.load(folder));

        assertTrue(error.getMessage().contains("row 11, column interests: unknown interest code \"basket-weaving\""),
                error.getMessage());
        assertNothingSaved();
    }

    @Test
    void load_fromFolderWithoutClientsCsv_saysSo() {
        SampleDataException error = assertThrows(SampleDataException.class, () -> service.load(folder.resolve("none")));

        assertTrue(error.getMessage().endsWith("clients.csv: not found"), error.getMessage());
    }

    @Test
    void load_malformedCsv_isRefused() throws IOException {
        Files.writeString(folder.resolve(SampleDataService.CLIENTS_FILE),
                String.join(",", Column.headers()) + "\n\"CHC-1\"x,\n", StandardCharsets.UTF_8);

        assertThrows(SampleDataException.class, () -> service.load(folder));
        assertNothingSaved();
    }

    private void write(List<List<String>> rows) throws IOException {
        Files.writeString(folder.resolve(SampleDataService.CLIENTS_FILE), ClientCsvTest.csvText(rows),
                StandardCharsets.UTF_8);
    }

    private int clients() {
        return database.read(dsl -> dsl.fetchCount(CLIENT));
    }

    private void assertNothingSaved() {
        assertEquals(0, clients());
        assertEquals(0, (int) database.read(dsl -> dsl.fetchCount(AUDIT_EVENT)));
    }
}
