package org.linkwell.exchange;

import static org.linkwell.exchange.SpreadsheetField.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.CatalogUpdate;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramRules;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;

/** Turns one row of the catalog spreadsheet into a program, or into problems naming row and column. */
final class ProgramRowParser {
    /** Where ProgramRules' field names live in the spreadsheet. */
    private static final Map<String, SpreadsheetField> RULE_FIELDS = Map.of("name", NAME, "minAge", MIN_AGE,
            "maxAge", MAX_AGE, "cost", COST, "capacity", CAPACITY, "postalCode", POSTAL_CODE,
            "contactPhone", CONTACT_PHONE, "languages", LANGUAGES);
    static final String OUR_CHC_SLUG = "chc";

    /** A parsed row, with the external id it claims (given in the id column, or made from its names). */
    record Parsed(RowResult result, String externalId, boolean idGiven) {
    }

    private final Sheet sheet;
    private final ColumnMapping mapping;
    private final Vocabulary vocabulary;
    private final OrganizationList listed;
    private final Map<String, PartnerOrganization> namedOnly = new LinkedHashMap<>();

    ProgramRowParser(Sheet sheet, ColumnMapping mapping, Vocabulary vocabulary, OrganizationList listed) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.vocabulary = vocabulary;
        this.listed = listed;
    }

    /** Organisations the rows name that the organisations table does not list: created with just a name. */
    List<PartnerOrganization> namedOnly() {
        return List.copyOf(namedOnly.values());
    }

    Parsed parse(int index) {
        Row row = new Row(index);
        String name = row.get(NAME);
        if (name.isBlank()) {
            row.problem(NAME, new InvalidCell("import.required"));
        }
        String organization = row.get(ORGANIZATION);
        Optional<String> organizationId = organization(organization);
        boolean idGiven = !row.get(ID).isBlank();
        String externalId = idGiven ? row.get(ID)
                : (organization.isBlank() ? OUR_CHC_SLUG : Words.slug(organization)) + "/" + Words.slug(name);
        Category category = row.read(CATEGORY, Vocabulary::category, Category.SOCIAL_PEER_SUPPORT);
        Set<String> interests = row.read(INTERESTS, vocabulary::interests, Set.of());
        Map<SpreadsheetField, String> scheduleCells = new EnumMap<>(SpreadsheetField.class);
        ScheduleCells.FIELDS.forEach(field -> scheduleCells.put(field, row.get(field)));
        List<Schedule> schedules = ScheduleCells.parse(scheduleCells, row::problem);
        LocationKind kind = row.read(LOCATION_TYPE,
                text -> Cells.choice(LocationKind.class, text, LocationKind.IN_PERSON, ChoiceWords.LOCATION),
                LocationKind.IN_PERSON);
        boolean subsidy = row.read(SUBSIDY, text -> Cells.yesNo(text, false), false);
        Program.Cost cost = row.read(COST, text -> CostText.parse(text, subsidy),
                new Program.Cost(CostKind.FREE, OptionalInt.empty(), subsidy));
        Set<String> languages = row.read(LANGUAGES, Vocabulary::languages, Set.of("en"));
        Set<AccessibilityFeature> accessibility =
                row.read(ACCESSIBILITY, text -> Cells.choices(AccessibilityFeature.class, text), Set.of());
        OptionalInt minAge = row.read(MIN_AGE, Cells::wholeNumber, OptionalInt.empty());
        OptionalInt maxAge = row.read(MAX_AGE, Cells::wholeNumber, OptionalInt.empty());
        Set<Audience> audiences = row.read(AUDIENCE, text -> Cells.choices(Audience.class, text), Set.of());
        OptionalInt places = row.read(CAPACITY, Cells::wholeNumber, OptionalInt.empty());
        boolean full = row.read(FULL, text -> Cells.yesNo(text, false), false);
        HowToJoin how = row.read(HOW_TO_JOIN,
                text -> Cells.choice(HowToJoin.class, text, HowToJoin.DROP_IN, ChoiceWords.JOINING), HowToJoin.DROP_IN);
        boolean coCreated = row.read(CO_CREATED, text -> Cells.yesNo(text, false), false);
        boolean championLed = row.read(CHAMPION_LED, text -> Cells.yesNo(text, false), false);
        Optional<LocalDate> lastVerified = row.read(LAST_VERIFIED, Cells::date, Optional.empty());
        ProgramStatus status = row.read(STATUS,
                text -> Cells.choice(ProgramStatus.class, text, ProgramStatus.ACTIVE, ChoiceWords.STATUS),
                ProgramStatus.ACTIVE);
        Program program = new Program(0, 0, externalId, name, row.get(DESCRIPTION), Optional.empty(), category,
                new Program.Location(kind, row.get(PLACE), row.get(ADDRESS), row.get(CITY), row.get(POSTAL_CODE),
                        row.get(VIRTUAL_LINK)),
                cost, interests, languages, accessibility, new Program.Eligibility(minAge, maxAge, audiences),
                new Program.Capacity(places, full), new Program.Joining(how, row.get(JOIN_DETAILS)),
                new Program.Contact(row.get(CONTACT_NAME), row.get(CONTACT_PHONE), row.get(CONTACT_EMAIL)),
                coCreated, championLed, lastVerified, status, schedules);
        for (FieldError error : ProgramRules.problems(program)) {
            SpreadsheetField field = RULE_FIELDS.getOrDefault(error.field(), NAME);
            if (!row.hasProblemIn(field)) {
                row.problems.add(new ImportProblem(sheet.fileName(), row.number, header(field), error.messageKey(),
                        Arrays.stream(error.args()).map(String::valueOf).toList()));
            }
        }
        Optional<CatalogUpdate.ImportedProgram> imported = row.problems.isEmpty()
                ? Optional.of(new CatalogUpdate.ImportedProgram(program, organizationId)) : Optional.empty();
        return new Parsed(new RowResult(row.number, name, imported, row.problems), externalId, idGiven);
    }

    /** Empty for our CHC; else the listed organisation's id, or a new name-only organisation's. */
    private Optional<String> organization(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<PartnerOrganization> known = listed.find(text);
        if (known.isPresent()) {
            return Optional.of(known.get().externalId());
        }
        String id = OrganizationSheets.externalId("", text);
        namedOnly.putIfAbsent(id, PartnerOrganization.named(id, text.strip()));
        return Optional.of(id);
    }

    /** The header text of a field's column as the user wrote it, or the documented name. */
    String header(SpreadsheetField field) {
        OptionalInt column = mapping.column(field);
        if (column.isPresent() && column.getAsInt() < sheet.headers().size()
                && !sheet.headers().get(column.getAsInt()).isBlank()) {
            return sheet.headers().get(column.getAsInt());
        }
        return field.column();
    }

    /** One row's cells and the problems found in them. */
    private final class Row {
        final int index;
        final int number;
        final List<ImportProblem> problems = new ArrayList<>();
        private final List<String> columnsWithProblems = new ArrayList<>();

        Row(int index) {
            this.index = index;
            this.number = Sheet.rowNumber(index);
        }

        String get(SpreadsheetField field) {
            OptionalInt column = mapping.column(field);
            return column.isPresent() ? sheet.cell(index, column.getAsInt()) : "";
        }

        <T> T read(SpreadsheetField field, InvalidCell.Parser<T> parser, T fallback) {
            try {
                return parser.parse(get(field));
            } catch (InvalidCell e) {
                problem(field, e);
                return fallback;
            }
        }

        void problem(SpreadsheetField field, InvalidCell problem) {
            columnsWithProblems.add(field.column());
            problems.add(problem.at(sheet.fileName(), number, header(field)));
        }

        boolean hasProblemIn(SpreadsheetField field) {
            return columnsWithProblems.contains(field.column());
        }
    }
}
