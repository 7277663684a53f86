package org.linkwell.core;

import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Writes the append-only audit log, inside the caller's transaction. Each row carries a hash
 * of itself and of the row before it, so that an edit made behind the app's back shows.
 * Rows hold who, when, what kind of action and which record: never names or other personal data.
 */
public final class Audit {
    public static final String GENESIS = "0".repeat(64);

    public enum Action { VIEW, CREATE, UPDATE, CLOSE, REOPEN;
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Clock clock;
    private final Supplier<String> actor;

    public Audit(Clock clock, Supplier<String> actor) {
        this.clock = clock;
        this.actor = actor;
    }

    public void record(DSLContext tx, Action action, String table, long recordId) {
        String previous = tx.select(AUDIT_EVENT.HASH).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional(AUDIT_EVENT.HASH).orElse(GENESIS);
        Instant at = clock.instant();
        String who = actor.get();
        String hash = hash(previous, Timestamps.format(at), who, action.code(), table, recordId);
        tx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR, who)
                .set(AUDIT_EVENT.ACTION, action.code())
                .set(AUDIT_EVENT.TABLE_NAME, table)
                .set(AUDIT_EVENT.RECORD_ID, recordId)
                .set(AUDIT_EVENT.PREV_HASH, previous)
                .set(AUDIT_EVENT.HASH, hash)
                .execute();
    }

    static String hash(String previous, String at, String actor, String action, String table, long recordId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String line = String.join("|", previous, at, actor, action, table, Long.toString(recordId));
            return HexFormat.of().formatHex(digest.digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
