package org.linkwell.programs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole catalog in memory: programs and the organisations that run them. */
public record Catalog(List<Program> programs, List<PartnerOrganization> organizations) {
    public Catalog {
        programs = List.copyOf(programs);
        organizations = List.copyOf(organizations);
    }

    public Optional<PartnerOrganization> organizationOf(Program program) {
        Map<Long, PartnerOrganization> byId = organizations.stream()
                .collect(Collectors.toMap(PartnerOrganization::id, Function.identity()));
        return program.organizationId().map(byId::get);
    }

    /** The organisation's name, or "" for a program run by our own CHC. */
    public String organizationName(Program program) {
        return organizationOf(program).map(PartnerOrganization::name).orElse("");
    }
}
