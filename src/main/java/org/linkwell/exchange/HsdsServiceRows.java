package org.linkwell.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;

/** Writes one program as an HSDS service and the rows around it (locations, schedules, costs, ...). */
final class HsdsServiceRows {
    private static final Map<ProgramStatus, String> STATUS =
            Map.of(ProgramStatus.ACTIVE, "active", ProgramStatus.PAUSED, "inactive", ProgramStatus.ENDED, "defunct");

    private final HsdsWriter writer;
    private final HsdsTerms terms;
    private final Map<String, String> interestLabels;
    private final String updated;

    HsdsServiceRows(HsdsWriter writer, HsdsTerms terms, Map<String, String> interestLabels, String updated) {
        this.writer = writer;
        this.terms = terms;
        this.interestLabels = interestLabels;
        this.updated = updated;
    }

    static String status(ProgramStatus status) {
        return STATUS.get(status);
    }

    void write(Program p, String organizationId) {
        String id = p.externalId();
        writer.row(HsdsTable.SERVICE).put("id", id).put("organization_id", organizationId).put("name", p.name())
                .put("description", p.description()).put("status", status(p.status()))
                .put("application_process", p.joining().details()).put("fees_description", fees(p.cost()))
                .put("minimum_age", number(p.eligibility().minAge())).put("maximum_age", number(p.eligibility().maxAge()))
                .put("assured_date", p.lastVerifiedOn().map(LocalDate::toString).orElse(""));
        locations(p);
        p.languages().stream().sorted().forEach(code -> writer.row(HsdsTable.LANGUAGE)
                .put("id", Hsds.id("language", id, code)).put("service_id", id)
                .put("name", Vocabulary.languageName(code)).put("code", code));
        writer.row(HsdsTable.COST_OPTION).put("id", Hsds.id("cost", id)).put("service_id", id)
                .put("option", p.cost().kind().code()).put("currency", Hsds.CURRENCY)
                .put("amount", p.cost().cents().isPresent() ? CostText.amount(p.cost().cents().getAsInt()) : "")
                .put("amount_description", fees(p.cost()));
        capacity(p);
        contact(p);
        List<Schedule> schedules = p.schedules();
        for (int i = 0; i < schedules.size(); i++) {
            schedule(id, i, schedules.get(i));
        }
        attributes(p);
    }

    private void locations(Program p) {
        Program.Location where = p.location();
        String id = p.externalId();
        boolean physical = !(where.placeName() + where.street() + where.city() + where.postalCode()).isBlank()
                || !p.accessibility().isEmpty();
        if (physical) {
            String locationId = location(id, "physical", "name", where.placeName());
            if (!(where.street() + where.city() + where.postalCode()).isBlank()) {
                writer.row(HsdsTable.ADDRESS).put("id", Hsds.id("address", id)).put("location_id", locationId)
                        .put("address_1", where.street()).put("city", where.city())
                        .put("state_province", Hsds.PROVINCE).put("postal_code", where.postalCode())
                        .put("country", Hsds.COUNTRY).put("address_type", "physical");
            }
            for (AccessibilityFeature feature : p.accessibility().stream().sorted().toList()) {
                writer.row(HsdsTable.ACCESSIBILITY).put("id", Hsds.id("accessibility", id, feature.code()))
                        .put("location_id", locationId).put("description", feature.code());
            }
        }
        if (!where.virtualLink().isBlank()) {
            location(id, "virtual", "url", where.virtualLink());
        }
    }

    /** A location of the service (physical or virtual) with one detail (its name, or its url); returns its id. */
    private String location(String serviceId, String type, String field, String value) {
        String locationId = Hsds.id("location", serviceId, type);
        writer.row(HsdsTable.LOCATION).put("id", locationId).put("location_type", type).put(field, value);
        writer.row(HsdsTable.SERVICE_AT_LOCATION).put("id", Hsds.id("service_at_location", serviceId, type))
                .put("service_id", serviceId).put("location_id", locationId);
        return locationId;
    }

    /** Places go in maximum; "full" is available = 0 (available is left empty when not known). */
    private void capacity(Program p) {
        Program.Capacity capacity = p.capacity();
        if (capacity.places().isEmpty() && !capacity.full()) {
            return;
        }
        String unitId = Hsds.id("unit", Hsds.PLACE_UNIT);
        if (!writer.has(HsdsTable.UNIT, unitId)) {
            writer.row(HsdsTable.UNIT).put("id", unitId).put("name", "Place").put("identifier", Hsds.PLACE_UNIT);
        }
        writer.row(HsdsTable.SERVICE_CAPACITY).put("id", Hsds.id("capacity", p.externalId()))
                .put("service_id", p.externalId()).put("unit_id", unitId).put("available", capacity.full() ? "0" : "")
                .put("maximum", number(capacity.places())).put("description", "Places in the program")
                .put("updated", updated);
    }

    private void contact(Program p) {
        Program.Contact contact = p.contact();
        if ((contact.name() + contact.phone() + contact.email()).isBlank()) {
            return;
        }
        String contactId = Hsds.id("contact", p.externalId());
        writer.row(HsdsTable.CONTACT).put("id", contactId).put("service_id", p.externalId())
                .put("name", contact.name()).put("email", contact.email());
        if (!contact.phone().isBlank()) {
            writer.row(HsdsTable.PHONE).put("id", Hsds.id("phone", p.externalId())).put("service_id", p.externalId())
                    .put("contact_id", contactId).put("number", contact.phone()).put("type", "voice");
        }
    }

    private void schedule(String serviceId, int index, Schedule s) {
        String season = s.bymonth().isEmpty() ? "" : "Meets only in " + s.months().stream().sorted()
                .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .collect(java.util.stream.Collectors.joining(", ")) + " (" + Hsds.BYMONTH + s.bymonth() + ")";
        String from = s.validFrom().map(LocalDate::toString).orElse("");
        writer.row(HsdsTable.SCHEDULE).put("id", Hsds.id("schedule", serviceId, Integer.toString(index)))
                .put("service_id", serviceId).put("valid_from", from)
                .put("valid_to", s.validTo().map(LocalDate::toString).orElse("")).put("dtstart", from)
                .put("wkst", "MO").put("freq", s.frequency().name()).put("interval", Integer.toString(s.interval()))
                .put("byday", s.byday()).put("description", season).put("opens_at", s.opensAt().toString())
                .put("closes_at", s.closesAt().toString()).put("notes", s.note());
    }

    private void attributes(Program p) {
        String id = p.externalId();
        terms.link("service", id, Hsds.CATEGORY, p.category().code(), p.category().messageKey());
        p.interestCodes().stream().sorted().forEach(code -> terms.link("service", id, Hsds.INTEREST, code,
                interestLabels.getOrDefault(code, code), ""));
        p.eligibility().audiences().stream().sorted()
                .forEach((Audience a) -> terms.link("service", id, Hsds.AUDIENCE, a.code(), a.messageKey()));
        terms.link("service", id, Hsds.HOW_TO_JOIN, p.joining().how().code(), p.joining().how().messageKey());
        terms.link("service", id, Hsds.LOCATION_KIND, p.location().kind().code(), p.location().kind().messageKey());
        if (p.coCreated()) {
            terms.link("service", id, Hsds.FLAG, Hsds.CO_CREATED, "Co-created with clients", "");
        }
        if (p.championLed()) {
            terms.link("service", id, Hsds.FLAG, Hsds.CHAMPION_LED, "Led by a Health Champion", "");
        }
        if (p.cost().subsidyAvailable()) {
            terms.link("service", id, Hsds.FLAG, Hsds.SUBSIDY, "Subsidy available", "");
        }
    }

    /** For people reading the file; the cost_option row is what an import reads. */
    static String fees(Program.Cost cost) {
        String amount = cost.cents().isPresent() ? "$" + CostText.amount(cost.cents().getAsInt()) : "";
        String text = switch (cost.kind()) {
            case FREE -> "Free";
            case FEE -> amount;
            case SLIDING_SCALE -> "Sliding scale" + (amount.isEmpty() ? "" : ", up to " + amount);
        };
        return cost.subsidyAvailable() ? text + "; subsidy available" : text;
    }

    private static String number(java.util.OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }
}
