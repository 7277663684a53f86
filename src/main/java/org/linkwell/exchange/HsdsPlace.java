package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.LocationKind;

/**
 * Where a service happens, from its service_at_location rows: the first physical location (name, address,
 * accessibility) and the first virtual one (url). Accessibility text that is not a Linkwell code is left out.
 */
record HsdsPlace(String name, String street, String city, String postal, String virtualLink,
                 Set<AccessibilityFeature> accessibility, LocationKind kind, Optional<HsdsSite> postalCode,
                 List<String> serviceAtLocationIds) {

    static HsdsPlace of(HsdsPackage hsds, String serviceId, List<ImportProblem> problems) {
        List<String> links = new ArrayList<>();
        Optional<HsdsRow> physical = Optional.empty();
        String virtualLink = "";
        boolean virtual = false;
        for (HsdsRow link : hsds.where(HsdsTable.SERVICE_AT_LOCATION, "service_id", serviceId)) {
            links.add(link.get("id"));
            Optional<HsdsRow> location = hsds.byId(HsdsTable.LOCATION, link.get("location_id"));
            if (location.isEmpty()) {
                problems.add(link.problem("location_id", "import.hsds.unknownReference", link.get("location_id"),
                        HsdsTable.LOCATION.fileName()));
            } else if (Words.lower(location.get().get("location_type")).equals("virtual")) {
                virtual = true;
                virtualLink = virtualLink.isEmpty() ? location.get().get("url") : virtualLink;
            } else if (physical.isEmpty()) {
                physical = location;
            }
        }
        LocationKind kind = physical.isEmpty() && virtual ? LocationKind.VIRTUAL : LocationKind.IN_PERSON;
        if (physical.isEmpty()) {
            return new HsdsPlace("", "", "", "", virtualLink, Set.of(), kind, Optional.empty(), links);
        }
        String locationId = physical.get().get("id");
        Optional<HsdsRow> address = hsds.where(HsdsTable.ADDRESS, "location_id", locationId).stream().findFirst();
        Set<AccessibilityFeature> features = new LinkedHashSet<>();
        hsds.where(HsdsTable.ACCESSIBILITY, "location_id", locationId)
                .forEach(row -> HsdsServiceReader.feature(row.get("description")).ifPresent(features::add));
        return new HsdsPlace(physical.get().get("name"), address.map(HsdsServiceReader::street).orElse(""),
                address.map(a -> a.get("city")).orElse(""), address.map(a -> a.get("postal_code")).orElse(""),
                virtualLink, features, kind, address.map(a -> new HsdsSite(a, "postal_code")), links);
    }
}
