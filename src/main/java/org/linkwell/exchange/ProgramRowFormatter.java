package org.linkwell.exchange;

import static org.linkwell.exchange.SpreadsheetField.*;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.Code;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;

/** Writes a program as a row of the catalog spreadsheet, in the form {@link ProgramRowParser} reads back. */
final class ProgramRowFormatter {
    private final Catalog catalog;

    ProgramRowFormatter(Catalog catalog) {
        this.catalog = catalog;
    }

    Map<SpreadsheetField, String> cells(Program p) {
        Map<SpreadsheetField, String> cells = new EnumMap<>(SpreadsheetField.class);
        cells.put(ID, p.externalId());
        cells.put(NAME, p.name());
        cells.put(DESCRIPTION, p.description());
        cells.put(ORGANIZATION, catalog.organizationOf(p).map(this::organization).orElse(""));
        cells.put(CATEGORY, p.category().code());
        cells.put(INTERESTS, sorted(p.interestCodes()));
        cells.putAll(ScheduleCells.format(p.schedules()));
        cells.put(LOCATION_TYPE, p.location().kind().code());
        cells.put(PLACE, p.location().placeName());
        cells.put(ADDRESS, p.location().street());
        cells.put(CITY, p.location().city());
        cells.put(POSTAL_CODE, p.location().postalCode());
        cells.put(VIRTUAL_LINK, p.location().virtualLink());
        cells.put(COST, CostText.format(p.cost()));
        cells.put(SUBSIDY, yesNo(p.cost().subsidyAvailable()));
        cells.put(LANGUAGES, sorted(p.languages()));
        cells.put(ACCESSIBILITY, codes(p.accessibility()));
        cells.put(MIN_AGE, number(p.eligibility().minAge()));
        cells.put(MAX_AGE, number(p.eligibility().maxAge()));
        cells.put(AUDIENCE, codes(p.eligibility().audiences()));
        cells.put(CAPACITY, number(p.capacity().places()));
        cells.put(FULL, yesNo(p.capacity().full()));
        cells.put(HOW_TO_JOIN, p.joining().how().code());
        cells.put(JOIN_DETAILS, p.joining().details());
        cells.put(CONTACT_NAME, p.contact().name());
        cells.put(CONTACT_PHONE, p.contact().phone());
        cells.put(CONTACT_EMAIL, p.contact().email());
        cells.put(CO_CREATED, yesNo(p.coCreated()));
        cells.put(CHAMPION_LED, yesNo(p.championLed()));
        cells.put(LAST_VERIFIED, p.lastVerifiedOn().map(LocalDate::toString).orElse(""));
        cells.put(STATUS, p.status().code());
        return cells;
    }

    /** The organisation's name, or its id when another organisation has the same name. */
    private String organization(PartnerOrganization organization) {
        String folded = Words.fold(organization.name());
        long sameName = catalog.organizations().stream().filter(o -> Words.fold(o.name()).equals(folded)).count();
        return sameName > 1 ? organization.externalId() : organization.name();
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String number(java.util.OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(";"));
    }

    private static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Code::of).sorted().collect(Collectors.joining(";"));
    }
}
