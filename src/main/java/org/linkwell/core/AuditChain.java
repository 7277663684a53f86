package org.linkwell.core;

import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Re-computes the audit log's hash chain from the first row. A row changed, removed or inserted behind the
 * app's back (by SQL, with the triggers dropped) breaks the chain at that row; the answer is its id.
 */
public final class AuditChain {
    private AuditChain() {
    }

    /** The check on demand and at start, for callers without SQL of their own. */
    public static Optional<Long> firstBrokenRow(Database database) {
        return database.read(AuditChain::firstBrokenRow);
    }

    /** The id of the first row whose hash does not follow from the rows before it, if any. */
    public static Optional<Long> firstBrokenRow(DSLContext dsl) {
        String previous = Audit.GENESIS;
        try (var rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchLazy()) {
            for (var row : rows) {
                String expected = Audit.hash(previous, Timestamps.format(row.getOccurredAt()), row.getActor(),
                        row.getAction(), row.getTableName(), row.getRecordId(), row.getBreakGlass());
                if (!row.getPrevHash().equals(previous) || !row.getHash().equals(expected)) {
                    return Optional.of(row.getId());
                }
                previous = row.getHash();
            }
        }
        return Optional.empty();
    }
}
