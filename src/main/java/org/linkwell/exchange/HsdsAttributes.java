package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The attributes of an HSDS package with their terms resolved to (taxonomy, code). */
final class HsdsAttributes {
    /** An attribute of a row: the term's taxonomy and code, the attribute's value, and where it was written. */
    record Attribute(String taxonomy, String code, String value, HsdsRow row) {
    }

    private final HsdsPackage hsds;

    HsdsAttributes(HsdsPackage hsds) {
        this.hsds = hsds;
    }

    /**
     * The attributes linked to the row {@code linkId} of {@code entity} ("service", "organization"). An
     * attribute pointing at a term that is not in taxonomy_term.csv is reported in {@code problems}.
     */
    List<Attribute> of(String entity, String linkId, List<ImportProblem> problems) {
        List<Attribute> attributes = new ArrayList<>();
        for (HsdsRow row : hsds.where(HsdsTable.ATTRIBUTE, "link_id", linkId)) {
            String linkEntity = Words.lower(row.get("link_entity"));
            if (!linkEntity.isEmpty() && !linkEntity.equals(entity)) {
                continue;
            }
            Optional<HsdsRow> term = hsds.byId(HsdsTable.TAXONOMY_TERM, row.get("taxonomy_term_id"));
            if (term.isEmpty()) {
                problems.add(row.problem("taxonomy_term_id", "import.hsds.unknownReference",
                        row.get("taxonomy_term_id"), HsdsTable.TAXONOMY_TERM.fileName()));
                continue;
            }
            String code = term.get().get("code").isEmpty() ? term.get().get("name") : term.get().get("code");
            attributes.add(new Attribute(taxonomy(term.get()), code, row.get("value"), row));
        }
        return attributes;
    }

    /** The codes of one taxonomy among {@code attributes}. */
    static List<Attribute> in(List<Attribute> attributes, String taxonomy) {
        return attributes.stream().filter(a -> a.taxonomy().equals(taxonomy)).toList();
    }

    static boolean has(List<Attribute> attributes, String taxonomy, String code) {
        return attributes.stream().anyMatch(a -> a.taxonomy().equals(taxonomy) && a.code().equals(code));
    }

    private String taxonomy(HsdsRow term) {
        return hsds.byId(HsdsTable.TAXONOMY, term.get("taxonomy_id")).map(t -> t.get("name"))
                .orElse(term.get("taxonomy"));
    }
}
