package org.linkwell.audit;

import org.linkwell.core.Messages;

/** The log's codes in words: "viewed", "shared outside the CHC"; "referral", "survey response". */
public final class AuditWords {
    private final Messages messages;

    public AuditWords(Messages messages) {
        this.messages = messages;
    }

    public String action(String code) {
        String key = "audit.action." + code;
        return messages.has(key) ? messages.get(key) : code;
    }

    public String part(String table) {
        String key = "audit.table." + table;
        return messages.has(key) ? messages.get(key) : table;
    }

    public String breakGlass(boolean flagged) {
        return flagged ? messages.get("audit.breakGlass") : "";
    }
}
