package org.linkwell.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;

/**
 * Writes the catalog as an Open Referral HSDS 3.0 tabular data package (one CSV per table, plus
 * datapackage.json), so a 211-style directory can take it in, and Linkwell can read it back unchanged.
 * Programs become services; partner organisations become organizations, and so does our own CHC (id "chc").
 */
public final class HsdsExporter {
    private final String chcName;
    private final Map<String, String> interestLabels;
    private final Clock clock;

    /**
     * @param chcName        the name of our CHC, for the organisation that runs our own programs
     * @param interestLabels interest code to English label, to name the interest terms
     */
    public HsdsExporter(String chcName, Map<String, String> interestLabels, Clock clock) {
        this.chcName = chcName;
        this.interestLabels = Map.copyOf(interestLabels);
        this.clock = clock;
    }

    public void export(Catalog catalog, Path folder) {
        HsdsWriter writer = new HsdsWriter();
        HsdsTerms terms = new HsdsTerms(writer);
        if (catalog.programs().stream().anyMatch(Program::isRunByOurChc)) {
            writer.row(HsdsTable.ORGANIZATION).put("id", Hsds.OUR_CHC_ID).put("name", chcName).put("description", "");
        }
        for (PartnerOrganization organization : catalog.organizations()) {
            organization(writer, terms, organization);
        }
        HsdsServiceRows services = new HsdsServiceRows(writer, terms, interestLabels,
                clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        for (Program program : catalog.programs()) {
            services.write(program, catalog.organizationOf(program).map(PartnerOrganization::externalId)
                    .orElse(Hsds.OUR_CHC_ID));
        }
        writer.write(folder, "Program catalog of " + chcName);
    }

    private static void organization(HsdsWriter writer, HsdsTerms terms, PartnerOrganization o) {
        String id = o.externalId();
        writer.row(HsdsTable.ORGANIZATION).put("id", id).put("name", o.name()).put("description", o.description())
                .put("email", o.email()).put("website", o.website());
        if (!o.phone().isBlank()) {
            writer.row(HsdsTable.PHONE).put("id", Hsds.id("phone", "organization", id)).put("organization_id", id)
                    .put("number", o.phone()).put("type", "voice");
        }
        if (!o.contactPerson().isBlank()) {
            writer.row(HsdsTable.CONTACT).put("id", Hsds.id("contact", "organization", id)).put("organization_id", id)
                    .put("name", o.contactPerson());
        }
        if (!(o.street() + o.city() + o.postalCode()).isBlank() || !Hsds.PROVINCE.equals(o.province())) {
            String locationId = Hsds.id("location", "organization", id);
            writer.row(HsdsTable.LOCATION).put("id", locationId).put("location_type", "physical")
                    .put("organization_id", id).put("name", o.name());
            writer.row(HsdsTable.ADDRESS).put("id", Hsds.id("address", "organization", id))
                    .put("location_id", locationId).put("address_1", o.street()).put("city", o.city())
                    .put("state_province", o.province()).put("postal_code", o.postalCode())
                    .put("country", Hsds.COUNTRY).put("address_type", "physical");
        }
        if (!o.notes().isBlank()) {
            terms.link("organization", id, Hsds.FLAG, Hsds.NOTES, "Notes", o.notes());
        }
        if (!o.active()) {
            terms.link("organization", id, Hsds.FLAG, Hsds.INACTIVE, "No longer active", "");
        }
    }
}
