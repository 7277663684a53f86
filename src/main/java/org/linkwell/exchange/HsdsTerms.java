package org.linkwell.exchange;

import java.util.HashSet;
import java.util.Set;
import org.linkwell.core.Messages;

/** Writes Linkwell's taxonomies and their terms once each, and attributes that link rows to terms. */
final class HsdsTerms {
    private final HsdsWriter writer;
    private final Messages english = EnglishLabels.MESSAGES;
    private final Set<String> written = new HashSet<>();

    HsdsTerms(HsdsWriter writer) {
        this.writer = writer;
    }

    /** Links a service or organisation to the term {@code code} of {@code taxonomy}, with an optional value. */
    void link(String entity, String linkId, String taxonomy, String code, String name, String value) {
        String termId = term(taxonomy, code, name);
        writer.row(HsdsTable.ATTRIBUTE).put("id", Hsds.id("attribute", entity, linkId, taxonomy, code))
                .put("link_id", linkId).put("taxonomy_term_id", termId)
                .put("link_type", taxonomy.replaceFirst("^linkwell-", "")).put("link_entity", entity)
                .put("value", value).put("label", name);
    }

    /** A term labelled by its message key when the bundles have one ("category.arts-culture"), else by code. */
    void link(String entity, String linkId, String taxonomy, String code, String messageKey) {
        link(entity, linkId, taxonomy, code, english.has(messageKey) ? english.get(messageKey) : code, "");
    }

    private String term(String taxonomy, String code, String name) {
        String taxonomyId = Hsds.id("taxonomy", taxonomy);
        if (written.add(taxonomyId)) {
            writer.row(HsdsTable.TAXONOMY).put("id", taxonomyId).put("name", taxonomy)
                    .put("description", "Linkwell's own vocabulary (" + taxonomy + "), for what HSDS has no field for.")
                    .put("version", "1");
        }
        String termId = Hsds.id("term", taxonomy, code);
        if (written.add(termId)) {
            writer.row(HsdsTable.TAXONOMY_TERM).put("id", termId).put("code", code).put("name", name)
                    .put("description", name).put("taxonomy", taxonomy).put("language", "en")
                    .put("taxonomy_id", taxonomyId);
        }
        return termId;
    }

    /** English labels, loaded on first use. */
    private static final class EnglishLabels {
        static final Messages MESSAGES = new Messages(Messages.ENGLISH);
    }
}
