package org.linkwell.exchange;

import java.util.List;
import java.util.Optional;
import org.linkwell.programs.PartnerOrganization;

/** The partner organisations given with a program list, and what was wrong with them. */
record OrganizationList(List<PartnerOrganization> organizations, List<ImportProblem> problems) {

    OrganizationList {
        organizations = List.copyOf(organizations);
        problems = List.copyOf(problems);
    }

    static OrganizationList none() {
        return new OrganizationList(List.of(), List.of());
    }

    /** The organisation a program's organization cell names, by its id or its name (case and accents aside). */
    Optional<PartnerOrganization> find(String idOrName) {
        String folded = Words.fold(idOrName);
        return organizations.stream().filter(o -> o.externalId().equals(idOrName.strip())).findFirst()
                .or(() -> organizations.stream().filter(o -> Words.fold(o.name()).equals(folded)).findFirst());
    }
}
