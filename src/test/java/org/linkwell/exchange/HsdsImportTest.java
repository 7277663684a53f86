package org.linkwell.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;

/** HSDS packages written by others: 211-style data, and the problems a bad one has. */
class HsdsImportTest {
    static final String TERMS = "id,code,name,description,taxonomy\nt1,arts-culture,Arts,Arts,linkwell-category\n";

    @TempDir
    Path folder;
    Path hsds;
    ExchangeFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ExchangeFixture(folder.resolve("db"));
        hsds = folder.resolve("hsds");
        ExchangeFixture.write(hsds.resolve("organization.csv"), "id,name,description\n"
                + "o-1,Centre culturel,Arts for all\n");
        ExchangeFixture.write(hsds.resolve("taxonomy_term.csv"), TERMS);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void directoryData_withoutLinkwellExtras_isImportedWithDefaults() throws IOException {
        services("s-1,o-1,Pottery,Clay for beginners,temporarily closed,65,,2026-02-01T10:00:00Z\n");
        attributes("s-1");
        ExchangeFixture.write(hsds.resolve("schedule.csv"), "id,service_id,freq,byday,opens_at,closes_at\n"
                + "sc-1,s-1,,\"MO, WE\",09:30-05:00,11:00-05:00\n");
        ExchangeFixture.write(hsds.resolve("language.csv"), "id,service_id,name,code\nl-1,s-1,Spanish,\nl-2,s-1,,fr\n");
        ExchangeFixture.write(hsds.resolve("cost_option.csv"), "id,service_id,option,amount\nc-1,s-1,Per class,12\n");
        ExchangeFixture.write(hsds.resolve("location.csv"), "id,location_type,name,url\n"
                + "loc-1,physical,Studio 3,\nloc-2,virtual,,https://v.example\n");
        ExchangeFixture.write(hsds.resolve("service_at_location.csv"), "id,service_id,location_id\n"
                + "sal-1,s-1,loc-1\nsal-2,s-1,loc-2\n");
        ExchangeFixture.write(hsds.resolve("address.csv"), "id,location_id,address_1,address_2,city,postal_code\n"
                + "a-1,loc-1,12 Pitt St,Unit 3,Cornwall,K6J 3P2\n");
        ExchangeFixture.write(hsds.resolve("accessibility.csv"), "id,location_id,description\n"
                + "x-1,loc-1,wheelchair-access\nx-2,loc-1,Ramp at the back door\n");

        ImportPreview preview = fixture.exchange.previewHsds(hsds);
        fixture.exchange.apply(preview, false);

        assertEquals(List.of(), preview.problems());
        Catalog catalog = fixture.programs.catalog();
        Program pottery = catalog.programs().get(0);
        assertEquals("Centre culturel", catalog.organizationName(pottery));
        assertEquals(ProgramStatus.PAUSED, pottery.status());
        assertEquals(OptionalInt.of(65), pottery.eligibility().minAge());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 2, 1)), pottery.lastVerifiedOn());
        assertEquals(List.of(Schedule.weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 30),
                LocalTime.of(11, 0))), pottery.schedules());
        assertEquals(Set.of("es", "fr"), pottery.languages());
        assertEquals(new Program.Cost(CostKind.FEE, OptionalInt.of(1200), false), pottery.cost());
        assertEquals(new Program.Location(LocationKind.IN_PERSON, "Studio 3", "12 Pitt St, Unit 3", "Cornwall",
                "K6J 3P2", "https://v.example"), pottery.location());
        assertEquals(Set.of(org.linkwell.programs.AccessibilityFeature.WHEELCHAIR_ACCESS), pottery.accessibility());
    }

    @Test
    void badValues_nameFileRowAndColumn_andNothingIsSaved() throws IOException {
        services("s-1,o-1,Pottery,,active,,,\n" + "s-2,o-9,Drawing,,active,,,\n" + "s-3,o-1,Painting,,closed,,,\n"
                + "s-1,o-1,Pottery again,,active,,,\n" + "s-5,o-1,Sculpture,,active,sixty,,\n");
        attributes("s-1", "s-2", "s-3", "s-5");
        ExchangeFixture.write(hsds.resolve("schedule.csv"), "id,service_id,freq,byday,opens_at,closes_at\n"
                + "sc-1,s-1,WEEKLY,XX,10:00,11:00\n");

        ImportPreview preview = fixture.exchange.previewHsds(hsds);

        assertEquals(List.of(
                ImportProblem.at("schedule.csv", 2, "byday", "import.hsds.byday", "XX"),
                ImportProblem.at("service.csv", 3, "organization_id", "import.hsds.unknownReference", "o-9",
                        "organization.csv"),
                ImportProblem.at("service.csv", 4, "status", "import.choice", "closed",
                        "active, inactive, defunct, temporarily closed"),
                ImportProblem.at("service.csv", 5, "id", "import.id.duplicate", "s-1", "2"),
                ImportProblem.at("service.csv", 6, "minimum_age", "import.wholeNumber", "sixty")), preview.problems());
        assertEquals("service.csv row 4, column status: \"closed\" is not one of these: active, inactive, defunct, "
                + "temporarily closed.", preview.problems().get(2).englishText());
        assertThrows(ImportException.class, () -> fixture.exchange.apply(preview, false));
        assertTrue(fixture.programs.catalog().programs().isEmpty());
        assertTrue(fixture.programs.catalog().organizations().isEmpty());
    }

    @Test
    void serviceWithoutCategory_orUnknownInterest_isAProblemOfThatService() throws IOException {
        services("s-1,o-1,Pottery,,active,,,\ns-2,o-1,Drawing,,active,,,\n");
        ExchangeFixture.write(hsds.resolve("taxonomy_term.csv"), TERMS + "t2,knitting,Knitting,,linkwell-interest\n");
        ExchangeFixture.write(hsds.resolve("attribute.csv"), "id,link_id,taxonomy_term_id,link_entity\n"
                + "a1,s-2,t1,service\na2,s-2,t2,service\n");

        ImportPreview preview = fixture.exchange.previewHsds(hsds);

        assertEquals(List.of(ImportProblem.at("service.csv", 2, "id", "import.hsds.noCategory", "s-1"),
                ImportProblem.at("attribute.csv", 3, "taxonomy_term_id", "import.interest.unknown", "knitting")),
                preview.problems());
        assertEquals(List.of(2, 3), preview.badRows().stream().map(RowResult::row).toList());
    }

    @Test
    void missingServiceFile_isAProblemOfTheFolder() {
        ImportPreview preview = fixture.exchange.previewHsds(hsds);

        assertEquals(List.of(ImportProblem.inFile("service.csv", "import.hsds.missingFile", "service.csv")),
                preview.problems());
        assertTrue(!preview.canSkipBadRows());
    }

    private void services(String rows) throws IOException {
        ExchangeFixture.write(hsds.resolve("service.csv"),
                "id,organization_id,name,description,status,minimum_age,maximum_age,assured_date\n" + rows);
    }

    private void attributes(String... services) throws IOException {
        StringBuilder text = new StringBuilder("id,link_id,taxonomy_term_id,link_entity\n");
        for (String service : services) {
            text.append("a-").append(service).append(',').append(service).append(",t1,service\n");
        }
        ExchangeFixture.write(hsds.resolve("attribute.csv"), text.toString());
    }
}
