package org.linkwell.lockbox;

import static org.linkwell.db.Tables.BREAK_GLASS_ACCESS;
import static org.linkwell.db.Tables.LOCKBOX_DIRECTIVE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.linkwell.db.tables.records.LockboxDirectiveRecord;

/** The only code that speaks SQL about lockbox directives and break-glass access. */
public final class LockboxRepository {

    public long insert(DSLContext tx, long clientId, RecordPart part, Optional<Long> fromStaffId, String by,
                       Instant now) {
        LockboxDirectiveRecord row = tx.newRecord(LOCKBOX_DIRECTIVE);
        row.setClientId(clientId).setPart(part.code()).setStaffId(fromStaffId.orElse(null)).setRecordedBy(by)
                .setRecordedAt(now).setCreatedAt(now).setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    /** Marks the directive withdrawn; refused (0 rows) when its version is not the one the user saw. */
    public int withdraw(DSLContext tx, long id, int version, String by, Instant now) {
        return tx.update(LOCKBOX_DIRECTIVE)
                .set(LOCKBOX_DIRECTIVE.WITHDRAWN_AT, now).set(LOCKBOX_DIRECTIVE.WITHDRAWN_BY, by)
                .set(LOCKBOX_DIRECTIVE.UPDATED_AT, now).set(LOCKBOX_DIRECTIVE.VERSION, LOCKBOX_DIRECTIVE.VERSION.plus(1))
                .where(LOCKBOX_DIRECTIVE.ID.eq(id).and(LOCKBOX_DIRECTIVE.VERSION.eq(version))
                        .and(LOCKBOX_DIRECTIVE.WITHDRAWN_AT.isNull()))
                .execute();
    }

    public Optional<Directive> find(DSLContext dsl, long id) {
        return dsl.selectFrom(LOCKBOX_DIRECTIVE).where(LOCKBOX_DIRECTIVE.ID.eq(id)).fetchOptional()
                .map(LockboxRepository::toDirective);
    }

    /** Every directive of the client, active ones first, newest first. */
    public List<Directive> forClient(DSLContext dsl, long clientId) {
        return dsl.selectFrom(LOCKBOX_DIRECTIVE).where(LOCKBOX_DIRECTIVE.CLIENT_ID.eq(clientId))
                .orderBy(LOCKBOX_DIRECTIVE.WITHDRAWN_AT.isNull().desc(), LOCKBOX_DIRECTIVE.RECORDED_AT.desc(),
                        LOCKBOX_DIRECTIVE.ID.desc())
                .fetch(LockboxRepository::toDirective);
    }

    public List<Directive> activeForClient(DSLContext dsl, long clientId) {
        return dsl.selectFrom(LOCKBOX_DIRECTIVE)
                .where(LOCKBOX_DIRECTIVE.CLIENT_ID.eq(clientId).and(LOCKBOX_DIRECTIVE.WITHDRAWN_AT.isNull()))
                .fetch(LockboxRepository::toDirective);
    }

    /** Active directives on this part of any of these clients' records. */
    public List<Directive> active(DSLContext dsl, Collection<Long> clientIds, RecordPart part) {
        return dsl.selectFrom(LOCKBOX_DIRECTIVE)
                .where(LOCKBOX_DIRECTIVE.CLIENT_ID.in(clientIds).and(LOCKBOX_DIRECTIVE.WITHDRAWN_AT.isNull())
                        .and(LOCKBOX_DIRECTIVE.PART.eq(part.code())))
                .fetch(LockboxRepository::toDirective);
    }

    /** Clients with an active directive on this part, whoever it is withheld from. */
    public Set<Long> clientsWithholding(DSLContext dsl, RecordPart part) {
        return Set.copyOf(dsl.selectDistinct(LOCKBOX_DIRECTIVE.CLIENT_ID).from(LOCKBOX_DIRECTIVE)
                .where(LOCKBOX_DIRECTIVE.WITHDRAWN_AT.isNull().and(LOCKBOX_DIRECTIVE.PART.eq(part.code())))
                .fetch(LOCKBOX_DIRECTIVE.CLIENT_ID));
    }

    public void insertBreakGlass(DSLContext tx, long clientId, Optional<Long> staffId, String actor,
                                 BreakGlassKind kind, String reason, Instant startedAt, Instant endsAt) {
        tx.insertInto(BREAK_GLASS_ACCESS)
                .set(BREAK_GLASS_ACCESS.CLIENT_ID, clientId).set(BREAK_GLASS_ACCESS.STAFF_ID, staffId.orElse(null))
                .set(BREAK_GLASS_ACCESS.ACTOR, actor).set(BREAK_GLASS_ACCESS.KIND, kind.code())
                .set(BREAK_GLASS_ACCESS.REASON, reason).set(BREAK_GLASS_ACCESS.STARTED_AT, startedAt)
                .set(BREAK_GLASS_ACCESS.ENDS_AT, endsAt).set(BREAK_GLASS_ACCESS.CREATED_AT, startedAt)
                .execute();
    }

    /** When this actor's latest break-glass on this client ends, if it is still open at {@code now}. */
    public Optional<Instant> glassOpenUntil(DSLContext dsl, long clientId, String actor, Instant now) {
        return dsl.select(BREAK_GLASS_ACCESS.ENDS_AT).from(BREAK_GLASS_ACCESS)
                .where(BREAK_GLASS_ACCESS.CLIENT_ID.eq(clientId).and(BREAK_GLASS_ACCESS.ACTOR.eq(actor))
                        .and(BREAK_GLASS_ACCESS.STARTED_AT.le(now)).and(BREAK_GLASS_ACCESS.ENDS_AT.gt(now)))
                .orderBy(BREAK_GLASS_ACCESS.ENDS_AT.desc()).limit(1)
                .fetchOptional(BREAK_GLASS_ACCESS.ENDS_AT);
    }

    private static Directive toDirective(LockboxDirectiveRecord r) {
        return new Directive(r.getId(), r.getVersion(), r.getClientId(), RecordPart.fromCode(r.getPart()),
                Optional.ofNullable(r.getStaffId()), r.getRecordedBy(), r.getRecordedAt(),
                Optional.ofNullable(r.getWithdrawnAt()), r.getWithdrawnBy() == null ? "" : r.getWithdrawnBy());
    }
}
