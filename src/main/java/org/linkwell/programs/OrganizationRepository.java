package org.linkwell.programs;

import static org.linkwell.db.Tables.PARTNER_ORGANIZATION;
import static org.linkwell.programs.ProgramRepository.blankToNull;
import static org.linkwell.programs.ProgramRepository.text;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.core.VersionedRows;
import org.linkwell.db.tables.records.PartnerOrganizationRecord;

/** The only code that speaks SQL about partner organisations. */
public final class OrganizationRepository {

    public List<PartnerOrganization> findAll(DSLContext dsl) {
        return dsl.selectFrom(PARTNER_ORGANIZATION).orderBy(PARTNER_ORGANIZATION.NAME)
                .fetch(OrganizationRepository::toOrganization);
    }

    public Optional<PartnerOrganization> find(DSLContext dsl, long id) {
        return dsl.selectFrom(PARTNER_ORGANIZATION).where(PARTNER_ORGANIZATION.ID.eq(id)).fetchOptional()
                .map(OrganizationRepository::toOrganization);
    }

    public Optional<PartnerOrganization> findByExternalId(DSLContext dsl, String externalId) {
        return dsl.selectFrom(PARTNER_ORGANIZATION).where(PARTNER_ORGANIZATION.EXTERNAL_ID.eq(externalId))
                .fetchOptional().map(OrganizationRepository::toOrganization);
    }

    public long insert(DSLContext tx, PartnerOrganization organization, Instant now) {
        PartnerOrganizationRecord row = tx.newRecord(PARTNER_ORGANIZATION);
        fill(row, organization);
        row.setCreatedAt(now).setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    public int update(DSLContext tx, PartnerOrganization organization, Instant now) {
        PartnerOrganizationRecord row = tx.newRecord(PARTNER_ORGANIZATION);
        fill(row, organization);
        return VersionedRows.update(tx, PARTNER_ORGANIZATION, row, organization.id(), organization.version(), now);
    }

    private static void fill(PartnerOrganizationRecord row, PartnerOrganization o) {
        row.setExternalId(o.externalId()).setName(o.name()).setDescription(blankToNull(o.description()))
                .setPhone(blankToNull(o.phone())).setEmail(blankToNull(o.email())).setWebsite(blankToNull(o.website()))
                .setStreet(blankToNull(o.street())).setCity(blankToNull(o.city()))
                .setProvince(o.province().isBlank() ? "ON" : o.province()).setPostalCode(blankToNull(o.postalCode()))
                .setContactPerson(blankToNull(o.contactPerson())).setNotes(blankToNull(o.notes())).setActive(o.active());
    }

    private static PartnerOrganization toOrganization(PartnerOrganizationRecord r) {
        return new PartnerOrganization(r.getId(), r.getVersion(), r.getExternalId(), r.getName(), text(r.getDescription()),
                text(r.getPhone()), text(r.getEmail()), text(r.getWebsite()), text(r.getStreet()), text(r.getCity()),
                r.getProvince(), text(r.getPostalCode()), text(r.getContactPerson()), text(r.getNotes()), r.getActive());
    }
}
