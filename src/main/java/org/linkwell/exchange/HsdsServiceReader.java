package org.linkwell.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramRules;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;

/** Reads one HSDS service, and every row that hangs off it, into a program or into problems. */
final class HsdsServiceReader {
    private static final Map<String, ProgramStatus> STATUS = Map.of("", ProgramStatus.ACTIVE,
            "active", ProgramStatus.ACTIVE, "inactive", ProgramStatus.PAUSED,
            "temporarily closed", ProgramStatus.PAUSED, "defunct", ProgramStatus.ENDED);

    private final HsdsPackage hsds;
    private final HsdsAttributes attributes;
    private final Vocabulary vocabulary;
    private final Set<String> organizationIds;

    HsdsServiceReader(HsdsPackage hsds, HsdsAttributes attributes, Vocabulary vocabulary, Set<String> organizationIds) {
        this.hsds = hsds;
        this.attributes = attributes;
        this.vocabulary = vocabulary;
        this.organizationIds = Set.copyOf(organizationIds);
    }

    RowResult read(HsdsRow service) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, HsdsSite> sites = new HashMap<>();
        String id = service.get("id");
        String name = service.get("name");
        sites.put("name", new HsdsSite(service, "name"));
        sites.put("minAge", new HsdsSite(service, "minimum_age"));
        sites.put("maxAge", new HsdsSite(service, "maximum_age"));
        if (id.isEmpty()) {
            problems.add(service.problem("id", "import.required"));
        }
        if (name.isEmpty()) {
            problems.add(service.problem("name", "import.required"));
        }
        Optional<String> organization = organization(service, problems);
        ProgramStatus status = STATUS.get(Words.fold(service.get("status")));
        if (status == null) {
            problems.add(service.problem("status", "import.choice", service.get("status"),
                    "active, inactive, defunct, temporarily closed"));
        }
        Optional<LocalDate> assured = HsdsDates.date(service, "assured_date", problems);
        OptionalInt minAge = whole(service, "minimum_age", problems);
        OptionalInt maxAge = whole(service, "maximum_age", problems);
        List<HsdsAttributes.Attribute> linked = attributes.of("service", id, problems);
        Category category = category(service, linked, problems);
        Set<String> interests = new LinkedHashSet<>();
        for (HsdsAttributes.Attribute a : HsdsAttributes.in(linked, Hsds.INTEREST)) {
            try {
                interests.addAll(vocabulary.interests(a.code()));
            } catch (InvalidCell e) {
                problems.add(a.row().problem("taxonomy_term_id", e));
            }
        }
        Set<Audience> audiences = codes(linked, Hsds.AUDIENCE, Audience.class, problems);
        HowToJoin how = codes(linked, Hsds.HOW_TO_JOIN, HowToJoin.class, problems).stream().findFirst()
                .orElse(HowToJoin.DROP_IN);
        Optional<LocationKind> kind = codes(linked, Hsds.LOCATION_KIND, LocationKind.class, problems).stream()
                .findFirst();
        HsdsPlace place = HsdsPlace.of(hsds, id, problems);
        place.postalCode().ifPresent(site -> sites.put("postalCode", site));
        HsdsServiceParts parts = new HsdsServiceParts(hsds, service, sites, problems);
        Program.Cost cost = parts.cost(HsdsAttributes.has(linked, Hsds.FLAG, Hsds.SUBSIDY));
        List<Schedule> schedules = new ArrayList<>();
        for (HsdsRow row : parts.scheduleRows(place.serviceAtLocationIds())) {
            HsdsSchedules.read(row, problems).ifPresent(schedules::add);
        }
        Program program = new Program(0, 0, id, name, service.get("description"), Optional.empty(), category,
                new Program.Location(kind.orElse(place.kind()), place.name(), place.street(), place.city(),
                        place.postal(), place.virtualLink()),
                cost, interests, parts.languages(), place.accessibility(),
                new Program.Eligibility(minAge, maxAge, audiences), parts.capacity(),
                new Program.Joining(how, service.get("application_process")), parts.contact(),
                HsdsAttributes.has(linked, Hsds.FLAG, Hsds.CO_CREATED),
                HsdsAttributes.has(linked, Hsds.FLAG, Hsds.CHAMPION_LED), assured,
                status == null ? ProgramStatus.ACTIVE : status, schedules);
        if (problems.isEmpty()) {
            for (FieldError error : ProgramRules.problems(program)) {
                problems.add(sites.getOrDefault(error.field(), sites.get("name")).problem(error));
            }
        }
        Optional<CatalogUpdate.ImportedProgram> imported = problems.isEmpty()
                ? Optional.of(new CatalogUpdate.ImportedProgram(program, organization)) : Optional.empty();
        return new RowResult(service.row(), name, imported, problems);
    }

    /** Empty for our CHC (id "chc" or none); else an organisation of organization.csv. */
    private Optional<String> organization(HsdsRow service, List<ImportProblem> problems) {
        String organization = service.get("organization_id");
        if (organization.isEmpty() || organization.equals(Hsds.OUR_CHC_ID)) {
            return Optional.empty();
        }
        if (!organizationIds.contains(organization)) {
            problems.add(service.problem("organization_id", "import.hsds.unknownReference", organization,
                    HsdsTable.ORGANIZATION.fileName()));
        }
        return Optional.of(organization);
    }

    private static Category category(HsdsRow service, List<HsdsAttributes.Attribute> linked,
                                     List<ImportProblem> problems) {
        List<HsdsAttributes.Attribute> categories = HsdsAttributes.in(linked, Hsds.CATEGORY);
        if (categories.isEmpty()) {
            problems.add(service.problem("id", "import.hsds.noCategory", service.get("id")));
            return Category.SOCIAL_PEER_SUPPORT;
        }
        try {
            return Vocabulary.category(categories.get(0).code());
        } catch (InvalidCell e) {
            problems.add(categories.get(0).row().problem("taxonomy_term_id", e));
            return Category.SOCIAL_PEER_SUPPORT;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(List<HsdsAttributes.Attribute> linked, String taxonomy,
                                                    Class<E> type, List<ImportProblem> problems) {
        Set<E> values = new LinkedHashSet<>();
        for (HsdsAttributes.Attribute a : HsdsAttributes.in(linked, taxonomy)) {
            try {
                values.add(Cells.choice(type, a.code(), null, Map.of()));
            } catch (InvalidCell e) {
                problems.add(a.row().problem("taxonomy_term_id", e));
            }
        }
        return values;
    }

    static OptionalInt whole(HsdsRow row, String field, List<ImportProblem> problems) {
        try {
            return Cells.wholeNumber(row.get(field));
        } catch (InvalidCell e) {
            problems.add(row.problem(field, e));
            return OptionalInt.empty();
        }
    }

    /** A phone row's number, with its extension when HSDS gives one apart. */
    static String number(HsdsRow phone) {
        String extension = phone.get("extension").replaceFirst("\\.0+$", "");
        return extension.isEmpty() ? phone.get("number") : phone.get("number") + " ext. " + extension;
    }

    /** address_1, and address_2 after a comma when there is one. */
    static String street(HsdsRow address) {
        String second = address.get("address_2");
        return second.isEmpty() ? address.get("address_1") : address.get("address_1") + ", " + second;
    }

    /** For {@link AccessibilityFeature} codes in accessibility.description; free text is not a code. */
    static Optional<AccessibilityFeature> feature(String text) {
        try {
            return Optional.ofNullable(Cells.choice(AccessibilityFeature.class, text, null, Map.of()));
        } catch (InvalidCell e) {
            return Optional.empty();
        }
    }
}
