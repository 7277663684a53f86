package org.linkwell.referrals;

import static org.linkwell.db.Tables.REFERRAL;
import static org.linkwell.db.Tables.REFERRAL_STATUS_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.linkwell.core.BatchInsert;
import org.linkwell.core.VersionedRows;
import org.linkwell.db.tables.records.ReferralRecord;

/** The only code that speaks SQL about referrals and their status history. */
public final class ReferralRepository {

    public long insert(DSLContext tx, Referral referral, Instant now) {
        ReferralRecord row = tx.newRecord(REFERRAL);
        fill(row, referral);
        row.setCreatedAt(now).setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    /** The batch form of {@link #insert}, for loads of thousands: the new ids, in the order of the list. */
    public List<Long> insertAll(DSLContext tx, List<Referral> referrals, Instant now) {
        long next = BatchInsert.nextId(tx, REFERRAL, REFERRAL.ID);
        List<ReferralRecord> rows = new ArrayList<>(referrals.size());
        for (Referral referral : referrals) {
            ReferralRecord row = tx.newRecord(REFERRAL);
            fill(row, referral);
            rows.add(row.setId(next++).setCreatedAt(now).setUpdatedAt(now).setVersion(1));
        }
        BatchInsert.records(tx, rows);
        return rows.stream().map(ReferralRecord::getId).toList();
    }

    public int update(DSLContext tx, Referral referral, Instant now) {
        ReferralRecord row = tx.newRecord(REFERRAL);
        fill(row, referral);
        return VersionedRows.update(tx, REFERRAL, row, referral.id(), referral.version(), now);
    }

    public Optional<Referral> find(DSLContext dsl, long id) {
        return dsl.selectFrom(REFERRAL).where(REFERRAL.ID.eq(id)).fetchOptional().map(ReferralRepository::toReferral);
    }

    public List<Referral> forClient(DSLContext dsl, long clientId) {
        return dsl.selectFrom(REFERRAL).where(REFERRAL.CLIENT_ID.eq(clientId))
                .orderBy(REFERRAL.REFERRED_ON.desc(), REFERRAL.ID.desc()).fetch(ReferralRepository::toReferral);
    }

    public List<Referral> withStatus(DSLContext dsl, List<ReferralStatus> statuses) {
        return dsl.selectFrom(REFERRAL)
                .where(REFERRAL.STATUS.in(statuses.stream().map(ReferralStatus::code).toList()))
                .orderBy(REFERRAL.REFERRED_ON, REFERRAL.ID).fetch(ReferralRepository::toReferral);
    }

    public void recordStatusChange(DSLContext tx, long referralId, Optional<ReferralStatus> from, ReferralStatus to,
                                   Instant at, String by, String reason) {
        tx.insertInto(REFERRAL_STATUS_CHANGE)
                .set(REFERRAL_STATUS_CHANGE.REFERRAL_ID, referralId)
                .set(REFERRAL_STATUS_CHANGE.FROM_STATUS, from.map(ReferralStatus::code).orElse(null))
                .set(REFERRAL_STATUS_CHANGE.TO_STATUS, to.code())
                .set(REFERRAL_STATUS_CHANGE.CHANGED_AT, at).set(REFERRAL_STATUS_CHANGE.CHANGED_BY, by)
                .set(REFERRAL_STATUS_CHANGE.REASON, reason == null || reason.isBlank() ? null : reason)
                .set(REFERRAL_STATUS_CHANGE.CREATED_AT, at)
                .execute();
    }

    /** The batch form of {@link #recordStatusChange}. */
    public void recordStatusChanges(DSLContext tx, List<NewStatusChange> changes) {
        BatchInsert.rows(tx, REFERRAL_STATUS_CHANGE, List.of(REFERRAL_STATUS_CHANGE.REFERRAL_ID,
                REFERRAL_STATUS_CHANGE.FROM_STATUS, REFERRAL_STATUS_CHANGE.TO_STATUS, REFERRAL_STATUS_CHANGE.CHANGED_AT,
                REFERRAL_STATUS_CHANGE.CHANGED_BY, REFERRAL_STATUS_CHANGE.REASON, REFERRAL_STATUS_CHANGE.CREATED_AT),
                changes.stream().map(NewStatusChange::values).toList());
    }

    /** How many referrals moved to {@code status} at or after {@code since}. */
    public int movesToSince(DSLContext dsl, ReferralStatus status, Instant since) {
        return dsl.fetchCount(REFERRAL_STATUS_CHANGE, REFERRAL_STATUS_CHANGE.TO_STATUS.eq(status.code())
                .and(REFERRAL_STATUS_CHANGE.CHANGED_AT.ge(since)));
    }

    public int receivedSince(DSLContext dsl, LocalDate since) {
        return dsl.fetchCount(REFERRAL, REFERRAL.REFERRED_ON.ge(since));
    }

    public List<StatusChange> history(DSLContext dsl, long referralId) {
        return dsl.selectFrom(REFERRAL_STATUS_CHANGE).where(REFERRAL_STATUS_CHANGE.REFERRAL_ID.eq(referralId))
                .orderBy(REFERRAL_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(Optional.ofNullable(r.getFromStatus()), r.getToStatus(), r.getChangedAt(),
                        r.getChangedBy(), r.getReason() == null ? "" : r.getReason()));
    }

    private static void fill(ReferralRecord row, Referral r) {
        row.setClientId(r.clientId()).setPrescriberId(r.prescriberId().orElse(null))
                .setNavigatorId(r.navigatorId().orElse(null)).setSource(r.source().code())
                .setReferredOn(r.referredOn()).setUrgency(r.urgency().code())
                .setReasons(r.reasons().stream().map(ReferralReason::code).sorted().collect(Collectors.joining(",")))
                .setOtherReason(blankToNull(r.otherReason())).setHopes(blankToNull(r.hopes()))
                .setConsentConfirmed(r.consentConfirmed()).setStatus(r.status().code())
                .setStatusReason(blankToNull(r.statusReason())).setFirstContactOn(r.firstContactOn().orElse(null));
    }

    private static Referral toReferral(ReferralRecord r) {
        return new Referral(r.getId(), r.getVersion(), r.getClientId(), Optional.ofNullable(r.getPrescriberId()),
                Optional.ofNullable(r.getNavigatorId()), Referral.Source.fromCode(r.getSource()), r.getReferredOn(),
                Referral.Urgency.fromCode(r.getUrgency()),
                Arrays.stream(r.getReasons().split(",")).filter(s -> !s.isBlank()).map(ReferralReason::fromCode)
                        .collect(Collectors.toSet()),
                text(r.getOtherReason()), text(r.getHopes()), r.getConsentConfirmed(),
                ReferralStatus.fromCode(r.getStatus()), text(r.getStatusReason()),
                Optional.ofNullable(r.getFirstContactOn()));
    }

    /** One line of a status history: from, to, when, who, why. Codes, not labels. */
    public record StatusChange(Optional<String> from, String to, Instant at, String by, String reason) {
    }

    /** A status change to record on referral or prescription {@code recordId}. Codes, not labels. */
    public record NewStatusChange(long recordId, Optional<String> from, String to, Instant at, String by,
                                  String reason) {
        /** In the columns' order: the record, from, to, when, who, why, created (when). */
        Object[] values() {
            return new Object[] {recordId, from.orElse(null), to, at, by, blankToNull(reason), at};
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
