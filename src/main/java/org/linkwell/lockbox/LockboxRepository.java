package org.linkwell.lockbox;

import static org.linkwell.db.Tables.BREAK_GLASS_ACCESS;
import static org.linkwell.db.Tables.BREAK_GLASS_END;
import static org.linkwell.db.Tables.LOCKBOX_DIRECTIVE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    /** Active directives on any of these parts of any of these clients' records. */
    public List<Directive> active(DSLContext dsl, Collection<Long> clientIds, Collection<RecordPart> parts) {
        return dsl.selectFrom(LOCKBOX_DIRECTIVE)
                .where(LOCKBOX_DIRECTIVE.CLIENT_ID.in(clientIds).and(LOCKBOX_DIRECTIVE.WITHDRAWN_AT.isNull())
                        .and(LOCKBOX_DIRECTIVE.PART.in(parts.stream().map(RecordPart::code).toList())))
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

    /**
     * When this person's latest break-glass on this client ends, if it is still open at {@code now}: opened by their
     * staff record (a trusted job without one: by its name), not run out and not ended at a sign-out.
     */
    public Optional<Instant> glassOpenUntil(DSLContext dsl, long clientId, Optional<Long> staffId, String actor,
                                            Instant now) {
        return dsl.select(BREAK_GLASS_ACCESS.ENDS_AT).from(BREAK_GLASS_ACCESS)
                .where(BREAK_GLASS_ACCESS.CLIENT_ID.eq(clientId).and(openFor(staffId, actor, now)))
                .orderBy(BREAK_GLASS_ACCESS.ENDS_AT.desc()).limit(1)
                .fetchOptional(BREAK_GLASS_ACCESS.ENDS_AT);
    }

    /** Of these clients, those on whom this person's break-glass is open at {@code now} (as {@link #glassOpenUntil}). */
    public Set<Long> glassOpenOn(DSLContext dsl, Collection<Long> clientIds, Optional<Long> staffId, String actor,
                                 Instant now) {
        return Set.copyOf(dsl.selectDistinct(BREAK_GLASS_ACCESS.CLIENT_ID).from(BREAK_GLASS_ACCESS)
                .where(BREAK_GLASS_ACCESS.CLIENT_ID.in(clientIds).and(openFor(staffId, actor, now)))
                .fetch(BREAK_GLASS_ACCESS.CLIENT_ID));
    }

    /** Ends every break-glass this person has open now; the number ended. */
    public int endOpenGlass(DSLContext tx, Optional<Long> staffId, String actor, Instant now) {
        List<Long> open = tx.select(BREAK_GLASS_ACCESS.ID).from(BREAK_GLASS_ACCESS)
                .where(openFor(staffId, actor, now)).fetch(BREAK_GLASS_ACCESS.ID);
        for (long id : open) {
            tx.insertInto(BREAK_GLASS_END).set(BREAK_GLASS_END.BREAK_GLASS_ID, id).set(BREAK_GLASS_END.ENDED_AT, now)
                    .set(BREAK_GLASS_END.CREATED_AT, now).execute();
        }
        return open.size();
    }

    private static Condition openFor(Optional<Long> staffId, String actor, Instant now) {
        Condition who = staffId.map(BREAK_GLASS_ACCESS.STAFF_ID::eq)
                .orElseGet(() -> BREAK_GLASS_ACCESS.STAFF_ID.isNull().and(BREAK_GLASS_ACCESS.ACTOR.eq(actor)));
        return who.and(BREAK_GLASS_ACCESS.STARTED_AT.le(now)).and(BREAK_GLASS_ACCESS.ENDS_AT.gt(now))
                .andNotExists(DSL.selectOne().from(BREAK_GLASS_END)
                        .where(BREAK_GLASS_END.BREAK_GLASS_ID.eq(BREAK_GLASS_ACCESS.ID)));
    }

    private static Directive toDirective(LockboxDirectiveRecord r) {
        return new Directive(r.getId(), r.getVersion(), r.getClientId(), RecordPart.fromCode(r.getPart()),
                Optional.ofNullable(r.getStaffId()), r.getRecordedBy(), r.getRecordedAt(),
                Optional.ofNullable(r.getWithdrawnAt()), r.getWithdrawnBy() == null ? "" : r.getWithdrawnBy());
    }
}
