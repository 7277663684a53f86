package org.linkwell.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.core.Database;
import org.linkwell.testing.TestDatabases;

/** The shipped instruments, loading a CHC's own definition file, and editing the Wheel of Life's domains. */
class InstrumentServiceTest {
    @TempDir
    Path folder;

    static InstrumentDefinition shipped(String id) {
        try (Database db = TestDatabases.open(java.nio.file.Files.createTempDirectory("instruments"))) {
            return new InstrumentService(db, new InstrumentRepository(), TestDatabases.CLOCK,
                    TestDatabases.ACCESS).latest(id).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shipsTheFreeInstruments_eachWithCitationAndLicence_neverALicensedOne() {
        try (Database db = TestDatabases.open(folder)) {
            InstrumentService service = new InstrumentService(db, new InstrumentRepository(), TestDatabases.CLOCK,
                    TestDatabases.ACCESS);
            assertEquals(InstrumentService.SHIPPED, service.current().stream().map(InstrumentDefinition::id).toList());
            for (InstrumentDefinition d : service.current()) {
                assertFalse(d.citation().isBlank(), d.id());
                assertFalse(d.licence().get("en").isBlank(), d.id());
                // The licence line is Linkwell's sentence, so French users read it in French.
                assertNotEquals(d.licence().get("en"), d.licence().get("fr"), d.id());
                assertFalse(d.name().get("fr").isBlank(), d.id());
                d.items().forEach(item -> assertFalse(item.text().get("fr").isBlank(), d.id() + " " + item.id()));
                assertFalse(d.id().contains("wemwbs") || d.id().contains("pam"), d.id());
                assertTrue(service.isShipped(d));
            }
            assertTrue(service.latest("ons4").orElseThrow().citation().contains("Office for National Statistics"));
            assertTrue(service.latest("ucla3").orElseThrow().citation().contains("Hughes"));
        }
    }

    @Test
    void aLoadedDefinitionIsKeptInTheDataFile_andTheSameVersionIsRefused() throws Exception {
        Path file = folder.resolve("scale.json");
        Files.writeString(file, InstrumentParserTest.REVERSED_SCALE);
        Path data = folder.resolve("data");
        try (Database db = TestDatabases.open(data)) {
            InstrumentService service = new InstrumentService(db, new InstrumentRepository(), TestDatabases.CLOCK,
                    TestDatabases.ACCESS);
            InstrumentDefinition loaded = service.load(file);
            assertEquals("test-scale", loaded.id());
            assertFalse(service.isShipped(loaded));
            InstrumentDefinitionException again = assertThrows(InstrumentDefinitionException.class, () -> service.load(file));
            assertEquals("instrument.error.exists", again.messageKey());
        }
        try (Database db = TestDatabases.open(data)) {
            InstrumentService reopened = new InstrumentService(db, new InstrumentRepository(), TestDatabases.CLOCK,
                    TestDatabases.ACCESS);
            assertTrue(reopened.find("test-scale", 1).isPresent(), "the definition travels with the data file");
        }
    }

    @Test
    void wheelWithItsOwnDomains_isSavedAsTheNextVersion_andScoresByItsDomains() {
        try (Database db = TestDatabases.open(folder)) {
            InstrumentService service = new InstrumentService(db, new InstrumentRepository(), TestDatabases.CLOCK,
                    TestDatabases.ACCESS);
            InstrumentDefinition wheel = service.latest("wheel-of-life").orElseThrow();
            List<WheelDomains.Domain> domains = List.of(new WheelDomains.Domain("Health", "Santé"),
                    new WheelDomains.Domain("Ancestry and heritage", "Ascendance et héritage"),
                    new WheelDomains.Domain("Community (Ubuntu)", "Communauté (Ubuntu)"),
                    new WheelDomains.Domain("Spirituality", "Spiritualité"));
            InstrumentDefinition afrocentric = service.save(WheelDomains.withDomains(wheel, service.nextVersion(wheel.id()), domains));
            assertEquals(2, afrocentric.version());
            assertEquals(afrocentric, service.latest("wheel-of-life").orElseThrow());
            assertEquals(List.of("health", "ancestry-and-heritage", "community-ubuntu", "spirituality"),
                    afrocentric.items().stream().map(InstrumentDefinition.Item::id).toList());
            assertTrue(service.find("wheel-of-life", 1).isPresent(), "the shipped version stays for older scores");
            // (8 + 6 + 4 + 10) / 4 = 7
            assertEquals(7.0, Scoring.score(afrocentric, java.util.Map.of("health", 8, "ancestry-and-heritage", 6,
                    "community-ubuntu", 4, "spirituality", 10)).get(0).value().orElseThrow());
        }
    }
}
