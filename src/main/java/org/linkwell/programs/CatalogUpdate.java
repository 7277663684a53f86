package org.linkwell.programs;

import java.util.List;
import java.util.Optional;

/**
 * A batch of organisations and programs from an import, keyed by external id. Programs name their
 * organisation by its external id (empty: run by our CHC). Saved all at once, or not at all.
 */
public record CatalogUpdate(List<PartnerOrganization> organizations, List<ImportedProgram> programs) {
    public CatalogUpdate {
        organizations = List.copyOf(organizations);
        programs = List.copyOf(programs);
    }

    public record ImportedProgram(Program program, Optional<String> organizationExternalId) {
    }

    /** How many rows were added and how many existing rows were updated. */
    public record Result(int organizationsCreated, int organizationsUpdated, int programsCreated, int programsUpdated) {
    }
}
