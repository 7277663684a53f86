package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.ProgramRules;

/** Reads an HSDS organization row, with its phone, contact, address and Linkwell attributes. */
final class HsdsOrganizationReader {
    private final HsdsPackage hsds;
    private final HsdsAttributes attributes;
    private final Set<String> serviceLocations;

    HsdsOrganizationReader(HsdsPackage hsds, HsdsAttributes attributes) {
        this.hsds = hsds;
        this.attributes = attributes;
        this.serviceLocations = hsds.rows(HsdsTable.SERVICE_AT_LOCATION).stream().map(r -> r.get("location_id"))
                .collect(Collectors.toSet());
    }

    /** The organisation, or empty when it has problems (added to {@code problems}). */
    Optional<PartnerOrganization> read(HsdsRow row, List<ImportProblem> problems) {
        int before = problems.size();
        String id = row.get("id");
        Map<String, HsdsSite> sites = new HashMap<>();
        sites.put("name", new HsdsSite(row, "name"));
        if (id.isEmpty()) {
            problems.add(row.problem("id", "import.required"));
        }
        if (row.get("name").isEmpty()) {
            problems.add(row.problem("name", "import.required"));
        }
        String phone = "";
        for (HsdsRow phoneRow : hsds.where(HsdsTable.PHONE, "organization_id", id)) {
            if (phoneRow.get("service_id").isEmpty() && phoneRow.get("contact_id").isEmpty()) {
                phone = HsdsServiceReader.number(phoneRow);
                sites.put("phone", new HsdsSite(phoneRow, "number"));
                break;
            }
        }
        String contact = hsds.where(HsdsTable.CONTACT, "organization_id", id).stream()
                .filter(c -> c.get("service_id").isEmpty()).map(c -> c.get("name")).findFirst().orElse("");
        Optional<HsdsRow> address = hsds.where(HsdsTable.LOCATION, "organization_id", id).stream()
                .filter(location -> !serviceLocations.contains(location.get("id")))
                .flatMap(location -> hsds.where(HsdsTable.ADDRESS, "location_id", location.get("id")).stream())
                .findFirst();
        address.ifPresent(a -> sites.put("postalCode", new HsdsSite(a, "postal_code")));
        List<HsdsAttributes.Attribute> linked = attributes.of("organization", id, problems);
        String notes = HsdsAttributes.in(linked, Hsds.FLAG).stream().filter(a -> a.code().equals(Hsds.NOTES))
                .map(HsdsAttributes.Attribute::value).findFirst().orElse("");
        String province = address.map(a -> a.get("state_province")).filter(p -> !p.isEmpty()).orElse(Hsds.PROVINCE);
        PartnerOrganization organization = new PartnerOrganization(0, 0, id, row.get("name"), row.get("description"),
                phone, row.get("email"), row.get("website"), address.map(HsdsServiceReader::street).orElse(""),
                address.map(a -> a.get("city")).orElse(""), province,
                address.map(a -> a.get("postal_code")).orElse(""), contact, notes,
                !HsdsAttributes.has(linked, Hsds.FLAG, Hsds.INACTIVE));
        if (problems.size() == before) {
            for (FieldError error : ProgramRules.problems(organization)) {
                problems.add(sites.getOrDefault(error.field(), sites.get("name")).problem(error));
            }
        }
        return problems.size() == before ? Optional.of(organization) : Optional.empty();
    }
}
