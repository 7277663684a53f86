package org.linkwell.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkwell.programs.CatalogUpdate;
import org.linkwell.programs.PartnerOrganization;

/**
 * A program row that names an organisation only by its name must not wipe what Linkwell already knows about
 * it (phone, address, ...): such organisations are matched to the saved ones, by id or by name, and left out
 * of the update, with the programs pointing at the saved organisation.
 */
final class KnownOrganizations {
    private KnownOrganizations() {
    }

    static CatalogUpdate reuse(CatalogUpdate update, List<PartnerOrganization> nameOnly,
                               List<PartnerOrganization> saved) {
        Set<String> savedIds = new HashSet<>();
        Map<String, String> savedByName = new HashMap<>();
        for (PartnerOrganization o : saved) {
            savedIds.add(o.externalId());
            savedByName.putIfAbsent(Words.fold(o.name()), o.externalId());
        }
        Map<String, String> repoint = new HashMap<>();
        List<PartnerOrganization> kept = update.organizations().stream().filter(o -> {
            if (!nameOnly.contains(o)) {
                return true;
            }
            if (savedIds.contains(o.externalId())) {
                return false;
            }
            String existing = savedByName.get(Words.fold(o.name()));
            if (existing != null) {
                repoint.put(o.externalId(), existing);
                return false;
            }
            return true;
        }).toList();
        List<CatalogUpdate.ImportedProgram> programs = update.programs().stream()
                .map(p -> new CatalogUpdate.ImportedProgram(p.program(), p.organizationExternalId()
                        .map(id -> repoint.getOrDefault(id, id))))
                .toList();
        return new CatalogUpdate(kept, programs);
    }
}
