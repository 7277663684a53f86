package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.ClientRules;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Category;
import org.linkwell.programs.Code;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.ProgramStatus;

/**
 * The bundled sample catalog (sample-data/programs.csv and organizations.csv) follows
 * docs/catalog-spreadsheet.md and stays plausibly synthetic: fictional phone numbers, example
 * domains, Cornwall postal codes, every category covered, some stale listings, a third in French.
 */
class SampleCatalogFilesTest {
    private static final Path PROGRAMS = Path.of("sample-data", "programs.csv");
    private static final Path ORGANIZATIONS = Path.of("sample-data", "organizations.csv");

    /** In the order of docs/catalog-spreadsheet.md. */
    private static final List<String> PROGRAM_COLUMNS = List.of("id", "name", "description", "organization",
            "category", "interests", "days", "frequency", "start_time", "end_time", "months", "schedule_note",
            "location_type", "place", "address", "city", "postal_code", "virtual_link", "cost", "subsidy",
            "languages", "accessibility", "min_age", "max_age", "audience", "capacity", "full", "how_to_join",
            "join_details", "contact_name", "contact_phone", "contact_email", "co_created", "champion_led",
            "last_verified", "status");
    private static final List<String> ORGANIZATION_COLUMNS = List.of("id", "name", "description", "phone", "email",
            "website", "address", "city", "postal_code", "contact_person", "notes", "active");

    /** The interest codes seeded by V1__foundation_and_clients.sql. */
    private static final Set<String> INTERESTS = Set.of("walking", "exercise", "dance", "yoga", "swimming",
            "gardening", "nature", "cooking", "art", "music", "writing", "games", "technology", "languages",
            "volunteering", "faith", "culture", "peer-support", "parenting", "learning", "sewing", "photography",
            "woodworking", "mindfulness");

    /** The day the sample CHC "is" at; a listing last verified before STALE_BEFORE needs checking. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final LocalDate STALE_BEFORE = AS_OF.minusMonths(12);
    private static final LocalDate EARLIEST_VERIFIED = LocalDate.of(2024, 6, 1);

    private static final Pattern FICTIONAL_PHONE = Pattern.compile("(613|343)-555-01\\d\\d( ext\\. \\d{1,6})?");
    private static final Pattern TOWN_POSTAL_CODE = Pattern.compile("K6[HJK] \\d[A-Z]\\d");
    private static final Pattern EXAMPLE_EMAIL = Pattern.compile("[a-z0-9.]+@example\\.(ca|org)");
    private static final Pattern EXAMPLE_URL = Pattern.compile("https://([a-z0-9-]+\\.)+example\\.ca(/[\\w./-]*)?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d");
    private static final Pattern DAY = Pattern.compile("Mon|Tue|Wed|Thu|Fri|Sat|Sun");
    private static final Pattern MONTHLY_DAY = Pattern.compile("(1st|2nd|3rd|4th|last) (Mon|Tue|Wed|Thu|Fri|Sat|Sun)");
    private static final Pattern MONTHS = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    private static final Pattern COST = Pattern.compile("free|sliding scale|\\d+\\.\\d\\d");
    private static final Set<String> FREQUENCIES = Set.of("weekly", "every 2 weeks", "monthly");
    private static final Set<String> YES_NO = Set.of("", "yes", "no");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private static List<CSVRecord> programs;
    private static List<CSVRecord> organizations;

    @BeforeAll
    static void read() throws IOException {
        programs = records(PROGRAMS, PROGRAM_COLUMNS);
        organizations = records(ORGANIZATIONS, ORGANIZATION_COLUMNS);
    }

    /** UTF-8 with a byte-order mark, \n line ends, exactly the documented header, every row complete. */
    private static List<CSVRecord> records(Path file, List<String> columns) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), file + " starts with a byte-order mark, so Excel shows the accents");
        assertFalse(text.contains("\r"), file + " has \\n line endings");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = new StringReader(text.substring(1)); CSVParser parser = format.parse(reader)) {
            assertEquals(columns, parser.getHeaderNames(), file + " header");
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord record : records) {
                assertTrue(record.isConsistent(), file + " line " + record.getRecordNumber() + " has "
                        + record.size() + " cells");
            }
            return records;
        }
    }

    @Test
    void sizes_areAMidSizeTownsCatalog() {
        assertTrue(programs.size() >= 70 && programs.size() <= 90, programs.size() + " programs");
        assertTrue(organizations.size() >= 25 && organizations.size() <= 35, organizations.size() + " organizations");
    }

    @Test
    void ids_areUniqueCodes_namesPresent() {
        for (List<CSVRecord> records : List.of(programs, organizations)) {
            Set<String> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (CSVRecord r : records) {
                assertTrue(ID.matcher(r.get("id")).matches(), r.get("id"));
                assertTrue(ids.add(r.get("id")), "duplicate id " + r.get("id"));
                assertFalse(r.get("name").isBlank(), r.get("id"));
                assertFalse(r.get("description").isBlank(), r.get("id"));
                assertTrue(names.add(r.get("name")), "duplicate name " + r.get("name"));
            }
        }
        programs.forEach(r -> assertTrue(r.get("id").startsWith("prog-"), r.get("id")));
        organizations.forEach(r -> assertTrue(r.get("id").startsWith("org-"), r.get("id")));
    }

    @Test
    void everyOrganizationNamed_isInOrganizationsCsv_andSomeProgramsAreOurs() {
        Set<String> names = organizations.stream().map(r -> r.get("name")).collect(Collectors.toSet());
        for (CSVRecord r : programs) {
            String organization = r.get("organization");
            assertTrue(organization.isEmpty() || names.contains(organization), r.get("id") + ": " + organization);
        }
        assertTrue(programs.stream().filter(r -> r.get("organization").isEmpty()).count() >= 5,
                "some programs are run by the CHC itself");
        organizations.forEach(r -> assertTrue(YES_NO.contains(r.get("active")), r.get("id")));
    }

    @Test
    void categories_areCodes_andEachHasAtLeastFivePrograms() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (CSVRecord r : programs) {
            Category category = parse(Category.class, r.get("category"), r);
            assertEquals(category.code(), r.get("category"));
            counts.merge(category, 1, Integer::sum);
        }
        for (Category category : Category.values()) {
            assertTrue(counts.getOrDefault(category, 0) >= 5, category.code() + ": " + counts.get(category));
        }
    }

    @Test
    void codedColumns_useTheEnumCodes() {
        for (CSVRecord r : programs) {
            for (String code : list(r.get("accessibility"))) {
                assertEquals(code, parse(AccessibilityFeature.class, code, r).code());
            }
            for (String code : list(r.get("audience"))) {
                assertEquals(code, parse(Audience.class, code, r).code());
            }
            optional(r.get("how_to_join"), code -> parse(HowToJoin.class, code, r).code().equals(code), r);
            optional(r.get("status"), code -> parse(ProgramStatus.class, code, r).code().equals(code), r);
            optional(r.get("location_type"), code -> parse(LocationKind.class, code, r).code().equals(code), r);
            optional(r.get("cost"), code -> COST.matcher(code).matches(), r);
            for (String column : List.of("subsidy", "full", "co_created", "champion_led")) {
                assertTrue(YES_NO.contains(r.get(column)), r.get("id") + " " + column + ": " + r.get(column));
            }
        }
    }

    @Test
    void interests_areTheSeededCodes_atMostThree() {
        for (CSVRecord r : programs) {
            List<String> codes = list(r.get("interests"));
            assertTrue(codes.size() <= 3, r.get("id"));
            codes.forEach(code -> assertTrue(INTERESTS.contains(code), r.get("id") + ": " + code));
        }
    }

    @Test
    void postalCodes_areCornwallCodes_alreadyNormalised() {
        for (CSVRecord r : concat()) {
            String postal = r.get("postal_code");
            if (!postal.isEmpty()) {
                assertEquals(postal, ClientRules.postalCode(postal).orElse("invalid"), r.get("id"));
                assertTrue(TOWN_POSTAL_CODE.matcher(postal).matches(), r.get("id") + ": " + postal);
                assertEquals("Cornwall", r.get("city"), r.get("id"));
            }
        }
    }

    @Test
    void phonesEmailsAndWebsites_areReservedForFiction() {
        for (CSVRecord r : organizations) {
            checkPhone(r.get("phone"), r);
            optional(r.get("email"), email -> EXAMPLE_EMAIL.matcher(email).matches(), r);
            optional(r.get("website"), url -> EXAMPLE_URL.matcher(url).matches(), r);
        }
        for (CSVRecord r : programs) {
            checkPhone(r.get("contact_phone"), r);
            optional(r.get("contact_email"), email -> EXAMPLE_EMAIL.matcher(email).matches(), r);
            optional(r.get("virtual_link"), url -> EXAMPLE_URL.matcher(url).matches(), r);
        }
    }

    @Test
    void schedules_haveValidDaysAndTimes_endingAfterTheyStart() {
        for (CSVRecord r : programs) {
            String id = r.get("id");
            List<String> days = list(r.get("days"));
            String frequency = r.get("frequency");
            assertTrue(frequency.isEmpty() || FREQUENCIES.contains(frequency), id + ": " + frequency);
            assertEquals(days.isEmpty(), r.get("start_time").isEmpty(), id + ": days and times go together");
            assertEquals(days.isEmpty(), r.get("end_time").isEmpty(), id + ": days and times go together");
            if (frequency.equals("monthly")) {
                assertEquals(1, days.size(), id + ": a monthly program meets on one day");
                assertTrue(MONTHLY_DAY.matcher(days.get(0)).matches(), id + ": " + days);
            } else {
                days.forEach(day -> assertTrue(DAY.matcher(day).matches(), id + ": " + day));
            }
            if (!days.isEmpty()) {
                LocalTime start = time(r.get("start_time"), r);
                LocalTime end = time(r.get("end_time"), r);
                assertTrue(end.isAfter(start), id + ": ends " + end + " before it starts " + start);
            }
            optional(r.get("months"), months -> MONTHS.matcher(months).matches(), r);
            boolean virtual = r.get("location_type").equals("virtual");
            assertEquals(virtual, !r.get("virtual_link").isEmpty(), id + ": a virtual program has a link");
        }
    }

    @Test
    void ages_areWholeYears_inOrder() {
        for (CSVRecord r : programs) {
            int min = r.get("min_age").isEmpty() ? 0 : Integer.parseInt(r.get("min_age"));
            int max = r.get("max_age").isEmpty() ? 120 : Integer.parseInt(r.get("max_age"));
            assertTrue(min >= 0 && min <= max && max <= 120, r.get("id"));
            if (!r.get("capacity").isEmpty()) {
                assertTrue(Integer.parseInt(r.get("capacity")) > 0, r.get("id"));
            }
        }
    }

    @Test
    void lastVerified_isAnIsoDate_andAboutOneListingInSevenIsStale() {
        int stale = 0;
        for (CSVRecord r : programs) {
            LocalDate verified;
            try {
                verified = LocalDate.parse(r.get("last_verified"));
            } catch (DateTimeParseException e) {
                throw new AssertionError(r.get("id") + ": last_verified " + r.get("last_verified"), e);
            }
            assertFalse(verified.isBefore(EARLIEST_VERIFIED) || verified.isAfter(AS_OF), r.get("id") + ": " + verified);
            if (verified.isBefore(STALE_BEFORE)) {
                stale++;
            }
        }
        double share = (double) stale / programs.size();
        assertTrue(share >= 0.10 && share <= 0.20, stale + " stale listings of " + programs.size());
    }

    @Test
    void languages_areIsoCodes_andAtLeastAQuarterInFrench() {
        int french = 0;
        for (CSVRecord r : programs) {
            List<String> languages = list(r.get("languages"));
            assertFalse(languages.isEmpty(), r.get("id"));
            languages.forEach(code -> assertTrue(code.length() == 2 && ISO_LANGUAGES.contains(code),
                    r.get("id") + ": " + code));
            if (languages.contains("fr")) {
                french++;
            }
        }
        assertTrue(french * 4 >= programs.size(), french + " of " + programs.size() + " programs in French");
    }

    private static List<CSVRecord> concat() {
        return Stream.concat(programs.stream(), organizations.stream()).toList();
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, CSVRecord r) {
        try {
            return Code.parse(type, code);
        } catch (IllegalArgumentException e) {
            return fail(r.get("id") + ": " + code + " is not a " + type.getSimpleName() + " code");
        }
    }

    private static void optional(String cell, Predicate<String> valid, CSVRecord r) {
        assertTrue(cell.isEmpty() || valid.test(cell), r.get("id") + ": " + cell);
    }

    private static void checkPhone(String phone, CSVRecord r) {
        if (!phone.isEmpty()) {
            assertEquals(phone, ClientRules.phone(phone).orElse("invalid"), r.get("id"));
            assertTrue(FICTIONAL_PHONE.matcher(phone).matches(), r.get("id") + ": " + phone);
        }
    }

    private static LocalTime time(String text, CSVRecord r) {
        assertTrue(TIME.matcher(text).matches(), r.get("id") + ": " + text);
        return LocalTime.parse(text, DateTimeFormatter.ofPattern("HH:mm"));
    }
}
