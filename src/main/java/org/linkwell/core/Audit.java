package org.linkwell.core;

import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Writes the append-only audit log, inside the caller's transaction. Each row carries a hash
 * of itself and of the row before it, so that an edit made behind the app's back shows.
 * Rows hold who, when, what kind of action and which record: never names or other personal data.
 */
public final class Audit {
    public static final String GENESIS = "0".repeat(64);

    /** DISCLOSE: part of a client's record was shared outside the CHC (e.g. a note to a partner organisation). */
    public enum Action { VIEW, CREATE, UPDATE, CLOSE, REOPEN, DISCLOSE;
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Clock clock;
    private final Supplier<String> actor;
    private volatile GlassCheck glass = (tx, who, table, recordId) -> false;

    public Audit(Clock clock, Supplier<String> actor) {
        this.clock = clock;
        this.actor = actor;
    }

    /** Whether {@code actor} has broken the glass on this record and it is still open: asked in the same transaction. */
    @FunctionalInterface
    public interface GlassCheck {
        boolean isOpen(DSLContext tx, String actor, String table, long recordId);
    }

    /** From now on, every action taken while the actor's break-glass on the record is open is flagged as one. */
    public void flagWhileGlassOpen(GlassCheck check) {
        this.glass = check;
    }

    /** One audited action on one record, for {@link #recordAll}. */
    public record Entry(Action action, String table, long recordId) {
    }

    public void record(DSLContext tx, Action action, String table, long recordId) {
        record(tx, action, table, recordId, false);
    }

    /**
     * An action taken past a client's lockbox ("break the glass"): flagged, so that a reviewer finds it. The reason
     * is kept by the caller apart from the log; the log itself never holds free text.
     */
    public void recordBreakGlass(DSLContext tx, Action action, String table, long recordId) {
        record(tx, action, table, recordId, true);
    }

    private void record(DSLContext tx, Action action, String table, long recordId, boolean breakGlass) {
        String previous = lastHash(tx);
        Instant at = clock.instant();
        String who = actor.get();
        boolean flagged = breakGlass || glass.isOpen(tx, who, table, recordId);
        String hash = hash(previous, Timestamps.format(at), who, action.code(), table, recordId, flagged);
        tx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR, who)
                .set(AUDIT_EVENT.ACTION, action.code())
                .set(AUDIT_EVENT.TABLE_NAME, table)
                .set(AUDIT_EVENT.RECORD_ID, recordId)
                .set(AUDIT_EVENT.BREAK_GLASS, flagged)
                .set(AUDIT_EVENT.PREV_HASH, previous)
                .set(AUDIT_EVENT.HASH, hash)
                .execute();
    }

    /**
     * The rows of many actions at once, in order, chained as {@link #record} chains them: for loads of thousands of
     * records, where a query and an insert per row would cost more than the load itself.
     */
    public void recordAll(DSLContext tx, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String previous = lastHash(tx);
        String who = actor.get();
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            Instant at = clock.instant();
            String hash = hash(previous, Timestamps.format(at), who, entry.action().code(), entry.table(),
                    entry.recordId(), false);
            rows.add(new Object[] {at, who, entry.action().code(), entry.table(), entry.recordId(), previous, hash});
            previous = hash;
        }
        // SQLite numbers the rows in the order they are inserted: the chain's order.
        BatchInsert.rows(tx, AUDIT_EVENT, List.of(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR,
                AUDIT_EVENT.ACTION, AUDIT_EVENT.TABLE_NAME, AUDIT_EVENT.RECORD_ID, AUDIT_EVENT.PREV_HASH,
                AUDIT_EVENT.HASH), rows);
    }

    private static String lastHash(DSLContext tx) {
        return tx.select(AUDIT_EVENT.HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional(AUDIT_EVENT.HASH).orElse(GENESIS);
    }

    static String hash(String previous, String at, String actor, String action, String table, long recordId,
            boolean breakGlass) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String line = String.join("|", previous, at, actor, action, table, Long.toString(recordId));
            // Rows written before the flag existed hash without it, so their chain still holds.
            if (breakGlass) {
                line += "|break-glass";
            }
            return HexFormat.of().formatHex(digest.digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
