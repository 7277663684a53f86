package org.linkwell.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.linkwell.core.Access;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * The program catalog: read it whole, save one program or organisation, or apply an import in one go. Everyone
 * reads it; people with {@link Permission#CATALOG_EDIT} change it.
 */
public final class ProgramService {
    private final Database database;
    private final ProgramRepository programs;
    private final OrganizationRepository organizations;
    private final Clock clock;
    private final Access access;

    public ProgramService(Database database, ProgramRepository programs, OrganizationRepository organizations,
                          Clock clock, Access access) {
        this.access = access;
        this.database = database;
        this.programs = programs;
        this.organizations = organizations;
        this.clock = clock;
    }

    public Catalog catalog() {
        access.require(Permission.CATALOG_READ);
        return database.read(dsl -> new Catalog(programs.findAll(dsl), organizations.findAll(dsl)));
    }

    public Program open(long id) {
        access.require(Permission.CATALOG_READ);
        return database.read(dsl -> programs.find(dsl, id))
                .orElseThrow(() -> new IllegalArgumentException("no program " + id));
    }

    public Program save(Program program) {
        access.require(Permission.CATALOG_EDIT);
        ProgramRules.require(ProgramRules.problems(program));
        return database.transaction(tx -> {
            requireKnownInterests(tx, program.interestCodes(), "interests");
            long id = store(tx, program);
            return programs.find(tx, id).orElseThrow();
        });
    }

    /** The navigator phoned the program and the listing is right: it is verified as of today. */
    public Program markVerified(Program program) {
        return save(program.withLastVerifiedOn(today()));
    }

    public PartnerOrganization saveOrganization(PartnerOrganization organization) {
        access.require(Permission.CATALOG_EDIT);
        ProgramRules.require(ProgramRules.problems(organization));
        return database.transaction(tx -> organizations.find(tx, storeOrganization(tx, organization)).orElseThrow());
    }

    /** Applies an import: upserts by external id, in one transaction. */
    public CatalogUpdate.Result apply(CatalogUpdate update) {
        access.require(Permission.CATALOG_EDIT);
        return database.transaction(tx -> {
            int[] counts = new int[4];
            Map<String, Long> organizationIds = new HashMap<>();
            organizations.findAll(tx).forEach(o -> organizationIds.put(o.externalId(), o.id()));
            for (PartnerOrganization incoming : update.organizations()) {
                Optional<PartnerOrganization> existing = organizations.findByExternalId(tx, incoming.externalId());
                PartnerOrganization merged = existing
                        .map(old -> incoming.withIdentity(old.id(), old.version(), old.externalId())).orElse(incoming);
                organizationIds.put(incoming.externalId(), storeOrganization(tx, merged));
                counts[existing.isPresent() ? 1 : 0]++;
            }
            for (CatalogUpdate.ImportedProgram imported : update.programs()) {
                Program incoming = withOrganization(imported, organizationIds);
                requireKnownInterests(tx, incoming.interestCodes(), "interests");
                Optional<Program> existing = programs.findByExternalId(tx, incoming.externalId());
                Program merged = existing
                        .map(old -> incoming.withIdentity(old.id(), old.version(), old.externalId())).orElse(incoming);
                store(tx, merged);
                counts[existing.isPresent() ? 3 : 2]++;
            }
            return new CatalogUpdate.Result(counts[0], counts[1], counts[2], counts[3]);
        });
    }

    private static Program withOrganization(CatalogUpdate.ImportedProgram imported, Map<String, Long> ids) {
        Program p = imported.program();
        Optional<Long> organizationId = imported.organizationExternalId().map(external -> {
            Long id = ids.get(external);
            if (id == null) {
                throw new ValidationException(List.of(new FieldError("organization",
                        "validation.program.unknownOrganization", external)));
            }
            return id;
        });
        return new Program(p.id(), p.version(), p.externalId(), p.name(), p.description(), organizationId,
                p.category(), p.location(), p.cost(), p.interestCodes(), p.languages(), p.accessibility(),
                p.eligibility(), p.capacity(), p.joining(), p.contact(), p.coCreated(), p.championLed(),
                p.lastVerifiedOn(), p.status(), p.schedules());
    }

    private long store(DSLContext tx, Program program) {
        ProgramRules.require(ProgramRules.problems(program));
        if (program.isNew()) {
            String external = program.externalId().isBlank() ? "program-" + UUID.randomUUID() : program.externalId();
            return programs.insert(tx, program.withIdentity(0, 0, external), clock.instant());
        }
        programs.update(tx, program, clock.instant());
        return program.id();
    }

    private long storeOrganization(DSLContext tx, PartnerOrganization organization) {
        ProgramRules.require(ProgramRules.problems(organization));
        if (organization.isNew()) {
            String external = organization.externalId().isBlank()
                    ? "organization-" + UUID.randomUUID() : organization.externalId();
            return organizations.insert(tx, organization.withIdentity(0, 0, external), clock.instant());
        }
        organizations.update(tx, organization, clock.instant());
        return organization.id();
    }

    private void requireKnownInterests(DSLContext tx, Set<String> codes, String field) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> unknown = programs.unknownInterests(tx, codes);
        if (!unknown.isEmpty()) {
            throw new ValidationException(List.of(new FieldError(field, "validation.program.unknownInterest",
                    String.join(", ", unknown))));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
