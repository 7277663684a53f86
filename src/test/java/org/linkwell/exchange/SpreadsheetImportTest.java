package org.linkwell.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.CatalogUpdate;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;

class SpreadsheetImportTest {
    static final String HEADER = "id,name,description,organization,category,interests,days,frequency,start_time,"
            + "end_time,months,schedule_note,location_type,place,address,city,postal_code,virtual_link,cost,subsidy,"
            + "languages,accessibility,min_age,max_age,audience,capacity,full,how_to_join,join_details,contact_name,"
            + "contact_phone,contact_email,co_created,champion_led,last_verified,status\n";
    static final String WALK = "walk-1,Tuesday Walking Group,A gentle walk,,physical-activity,walking;Nature and the "
            + "outdoors,Tue;Thu,weekly,10:00,11:30,Sep-Jun,No walk on holidays,in-person,Lamoureux Park,100 Water St,"
            + "Cornwall,K6H 1A1,,free,no,en;Français,seating-available;on-bus-route,55,,older-adults,20,no,drop-in,,,"
            + ",,yes,no,2026-03-01,active\n";
    static final String CAFE = ",Café causerie,,Bibliothèque publique,Liens sociaux et soutien par les pairs,Langues et conversation,"
            + "2e lundi,mensuel,13 h 30,15h,sept-juin,,en ligne,,,,,https://meet.example/c,\"5,00 $\",oui,"
            + "fr;arabe,,,,francophone,,oui,sur inscription,Appelez Marie,Marie,613 555 0199,m@b.example,non,oui,,"
            + "en pause\n";

    @TempDir
    Path folder;
    ExchangeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ExchangeFixture(folder);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void csv_everyColumnInEnglishOrFrench_isImported() throws IOException {
        Path file = ExchangeFixture.write(folder.resolve("in/programs.csv"), "\uFEFF" + HEADER + WALK + CAFE);

        ImportPreview preview = fixture.exchange.preview(file);
        CatalogUpdate.Result result = fixture.exchange.apply(preview, false);

        assertEquals(List.of(), preview.problems());
        assertEquals(new CatalogUpdate.Result(1, 0, 2, 0), result);
        Catalog catalog = fixture.programs.catalog();
        Program walk = program(catalog, "walk-1");
        assertEquals(new Program(walk.id(), walk.version(), "walk-1", "Tuesday Walking Group", "A gentle walk",
                Optional.empty(), Category.PHYSICAL_ACTIVITY,
                new Program.Location(LocationKind.IN_PERSON, "Lamoureux Park", "100 Water St", "Cornwall", "K6H 1A1", ""),
                new Program.Cost(CostKind.FREE, OptionalInt.empty(), false), Set.of("walking", "nature"),
                Set.of("en", "fr"), Set.of(AccessibilityFeature.SEATING_AVAILABLE, AccessibilityFeature.ON_BUS_ROUTE),
                new Program.Eligibility(OptionalInt.of(55), OptionalInt.empty(), Set.of(Audience.OLDER_ADULTS)),
                new Program.Capacity(OptionalInt.of(20), false), new Program.Joining(HowToJoin.DROP_IN, ""),
                new Program.Contact("", "", ""), true, false, Optional.of(LocalDate.of(2026, 3, 1)),
                ProgramStatus.ACTIVE,
                List.of(new Schedule(Schedule.Frequency.WEEKLY, 1, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 0,
                        LocalTime.of(10, 0), LocalTime.of(11, 30), schoolYear(), Optional.empty(), Optional.empty(),
                        "No walk on holidays"))), walk);
        Program cafe = program(catalog, "bibliotheque-publique/cafe-causerie");
        assertEquals(Category.SOCIAL_PEER_SUPPORT, cafe.category());
        assertEquals(Set.of("languages"), cafe.interestCodes());
        assertEquals(List.of(new Schedule(Schedule.Frequency.MONTHLY, 1, List.of(DayOfWeek.MONDAY), 2,
                LocalTime.of(13, 30), LocalTime.of(15, 0), schoolYear(), Optional.empty(), Optional.empty(), "")),
                cafe.schedules());
        assertEquals(new Program.Cost(CostKind.FEE, OptionalInt.of(500), true), cafe.cost());
        assertEquals(Set.of("fr", "ar"), cafe.languages());
        assertEquals(new Program.Capacity(OptionalInt.empty(), true), cafe.capacity());
        assertEquals(new Program.Joining(HowToJoin.REGISTER, "Appelez Marie"), cafe.joining());
        assertEquals(LocationKind.VIRTUAL, cafe.location().kind());
        assertEquals(ProgramStatus.PAUSED, cafe.status());
        assertTrue(cafe.championLed() && !cafe.coCreated());
        assertEquals("Bibliothèque publique", catalog.organizationName(cafe));
        assertEquals("org-bibliotheque-publique", catalog.organizationOf(cafe).orElseThrow().externalId());
    }

    @Test
    void reimportingTheSameFile_updatesAndNeverDuplicates() throws IOException {
        Path file = ExchangeFixture.write(folder.resolve("programs.csv"), HEADER + WALK + CAFE);

        CatalogUpdate.Result first = fixture.exchange.apply(fixture.exchange.preview(file), false);
        CatalogUpdate.Result second = fixture.exchange.apply(fixture.exchange.preview(file), false);

        assertEquals(new CatalogUpdate.Result(1, 0, 2, 0), first);
        assertEquals(new CatalogUpdate.Result(0, 0, 0, 2), second);
        assertEquals(2, fixture.programs.catalog().programs().size());
        assertEquals(1, fixture.programs.catalog().organizations().size());
    }

    @Test
    void organizationNamedOnlyByName_keepsWhatLinkwellKnowsAboutIt() throws IOException {
        fixture.programs.saveOrganization(new PartnerOrganization(0, 0, "lib-77", "Bibliotheque Publique", "", "613-555-0111",
                "", "", "", "", "ON", "", "", "", true));
        Path file = ExchangeFixture.write(folder.resolve("programs.csv"), HEADER + CAFE);

        CatalogUpdate.Result result = fixture.exchange.apply(fixture.exchange.preview(file), false);

        Catalog catalog = fixture.programs.catalog();
        assertEquals(new CatalogUpdate.Result(0, 0, 1, 0), result);
        assertEquals(1, catalog.organizations().size());
        assertEquals("613-555-0111", catalog.organizationOf(catalog.programs().get(0)).orElseThrow().phone());
    }

    @Test
    void organizationsCsvBesideThePrograms_isImportedInFull() throws IOException {
        ExchangeFixture.write(folder.resolve("organizations.csv"), "id,name,phone,address,city,postal_code,active\n"
                + "lib,Bibliothèque publique,613-555-0111,1 Rue Principale,Cornwall,K6H 1A1,non\n");
        Path file = ExchangeFixture.write(folder.resolve("programs.csv"), HEADER + CAFE);

        fixture.exchange.apply(fixture.exchange.preview(file), false);

        PartnerOrganization library = fixture.programs.catalog().organizations().get(0);
        assertEquals(new PartnerOrganization(library.id(), 1, "lib", "Bibliothèque publique", "", "613-555-0111", "",
                "", "1 Rue Principale", "Cornwall", "ON", "K6H 1A1", "", "", false), library);
        assertEquals("lib", fixture.programs.catalog().organizationOf(fixture.programs.catalog().programs().get(0))
                .orElseThrow().externalId());
    }

    @Test
    void xlsx_withNumberTimeAndDateCells_isImported() throws IOException {
        Path file = folder.resolve("Programmes.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Liste");
            Row header = sheet.createRow(0);
            String[] names = {"Programme", "Catégorie", "Jours", "Heure de début", "Heure de fin", "Coût", "Âge min",
                "Vérifié le", "Complet"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            XSSFCellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Tai-chi au parc");
            row.createCell(1).setCellValue("Activité physique");
            row.createCell(2).setCellValue("mercredi");
            row.createCell(3).setCellValue(10.0 / 24);
            row.getCell(3).setCellStyle(time);
            row.createCell(4).setCellValue(0.4583333333);
            row.createCell(5).setCellValue(5.5);
            row.createCell(6).setCellValue(60.0);
            row.createCell(7).setCellValue(LocalDate.of(2026, 10, 5));
            row.getCell(7).setCellStyle(date);
            row.createCell(8).setCellValue(true);
            workbook.write(out);
        }

        ImportPreview preview = fixture.exchange.preview(file);
        fixture.exchange.apply(preview, false);

        assertEquals(List.of(), preview.problems());
        assertEquals(3, preview.rows().get(0).row());
        Program taiChi = fixture.programs.catalog().programs().get(0);
        assertEquals("chc/tai-chi-au-parc", taiChi.externalId());
        assertEquals(List.of(Schedule.weekly(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 0))),
                taiChi.schedules());
        assertEquals(new Program.Cost(CostKind.FEE, OptionalInt.of(550), false), taiChi.cost());
        assertEquals(OptionalInt.of(60), taiChi.eligibility().minAge());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 5)), taiChi.lastVerifiedOn());
        assertTrue(taiChi.capacity().full());
    }

    @Test
    void semicolonSeparatedCsvFromFrenchExcel_isRead() throws IOException {
        Path file = ExchangeFixture.write(folder.resolve("liste.csv"),
                "nom;catégorie;jours;début;fin\n\"Jardin; communautaire\";nature-outdoors;sam;9:00;11:00\n");

        ImportPreview preview = fixture.exchange.preview(file);

        assertEquals(List.of(), preview.problems());
        assertEquals("Jardin; communautaire", preview.rows().get(0).name());
    }

    private static Program program(Catalog catalog, String externalId) {
        return catalog.programs().stream().filter(p -> p.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    private static Set<Month> schoolYear() {
        return Set.of(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY,
                Month.MARCH, Month.APRIL, Month.MAY, Month.JUNE);
    }
}
