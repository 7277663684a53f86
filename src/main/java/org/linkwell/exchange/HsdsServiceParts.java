package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.Program;

/** The rows that hang off one HSDS service: cost, languages, capacity, contact and schedules. */
final class HsdsServiceParts {
    private final HsdsPackage hsds;
    private final String serviceId;
    private final Map<String, HsdsSite> sites;
    private final List<ImportProblem> problems;

    HsdsServiceParts(HsdsPackage hsds, HsdsRow service, Map<String, HsdsSite> sites, List<ImportProblem> problems) {
        this.hsds = hsds;
        this.serviceId = service.get("id");
        this.sites = sites;
        this.problems = problems;
    }

    /** The first cost option: its option as a Linkwell cost kind, else free when there is no amount above 0. */
    Program.Cost cost(boolean subsidy) {
        Optional<HsdsRow> row = first(HsdsTable.COST_OPTION, "service_id");
        if (row.isEmpty()) {
            return new Program.Cost(CostKind.FREE, OptionalInt.empty(), subsidy);
        }
        sites.put("cost", new HsdsSite(row.get(), "amount"));
        OptionalInt cents = OptionalInt.empty();
        try {
            cents = Cells.cents(row.get().get("amount"));
        } catch (InvalidCell e) {
            problems.add(row.get().problem("amount", "import.hsds.number", row.get().get("amount")));
        }
        String option = Words.slug(row.get().get("option"));
        CostKind kind = null;
        for (CostKind candidate : CostKind.values()) {
            if (candidate.code().equals(option)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            kind = cents.isPresent() && cents.getAsInt() > 0 ? CostKind.FEE : CostKind.FREE;
        }
        return new Program.Cost(kind, cents, subsidy);
    }

    /** ISO 639-1 codes of the language rows (by code, else by name); English when there are none. */
    Set<String> languages() {
        Set<String> codes = new LinkedHashSet<>();
        for (HsdsRow row : hsds.where(HsdsTable.LANGUAGE, "service_id", serviceId)) {
            String text = row.get("code").isEmpty() ? row.get("name") : row.get("code");
            String code = Vocabulary.language(text);
            if (code.isEmpty()) {
                problems.add(row.problem(row.get("code").isEmpty() ? "name" : "code", "import.language.unknown", text));
            } else {
                codes.add(code);
            }
        }
        return codes.isEmpty() ? Set.of("en") : codes;
    }

    /** Places are maximum; the program is full when available is 0. */
    Program.Capacity capacity() {
        Optional<HsdsRow> row = first(HsdsTable.SERVICE_CAPACITY, "service_id");
        if (row.isEmpty()) {
            return new Program.Capacity(OptionalInt.empty(), false);
        }
        sites.put("capacity", new HsdsSite(row.get(), "maximum"));
        OptionalInt places = HsdsServiceReader.whole(row.get(), "maximum", problems);
        OptionalInt available = HsdsServiceReader.whole(row.get(), "available", problems);
        return new Program.Capacity(places, available.isPresent() && available.getAsInt() == 0);
    }

    /** The first contact of the service, with its phone (or else the service's own phone). */
    Program.Contact contact() {
        Optional<HsdsRow> contact = first(HsdsTable.CONTACT, "service_id");
        Optional<HsdsRow> phone = contact.flatMap(c -> hsds.where(HsdsTable.PHONE, "contact_id", c.get("id")).stream()
                .findFirst());
        if (phone.isEmpty()) {
            phone = hsds.where(HsdsTable.PHONE, "service_id", serviceId).stream()
                    .filter(p -> p.get("contact_id").isEmpty()).findFirst();
        }
        phone.ifPresent(p -> sites.put("contactPhone", new HsdsSite(p, "number")));
        return new Program.Contact(contact.map(c -> c.get("name")).orElse(""), phone.map(HsdsServiceReader::number)
                .orElse(""), contact.map(c -> c.get("email")).orElse(""));
    }

    /** Schedules of the service, and of its service-at-location links, in file order. */
    List<HsdsRow> scheduleRows(List<String> serviceAtLocationIds) {
        List<HsdsRow> rows = new ArrayList<>(hsds.where(HsdsTable.SCHEDULE, "service_id", serviceId));
        for (String link : serviceAtLocationIds) {
            hsds.where(HsdsTable.SCHEDULE, "service_at_location_id", link).stream()
                    .filter(row -> !rows.contains(row)).forEach(rows::add);
        }
        rows.sort(Comparator.comparingInt(HsdsRow::row));
        return rows;
    }

    private Optional<HsdsRow> first(HsdsTable table, String field) {
        return hsds.where(table, field, serviceId).stream().findFirst();
    }
}
