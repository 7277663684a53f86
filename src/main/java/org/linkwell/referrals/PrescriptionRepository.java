package org.linkwell.referrals;

import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION_STATUS_CHANGE;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION_SUPPORT;
import static org.linkwell.referrals.ReferralRepository.blankToNull;
import static org.linkwell.referrals.ReferralRepository.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.linkwell.clients.BarrierType;
import org.linkwell.core.BatchInsert;
import org.linkwell.core.VersionedRows;
import org.linkwell.db.tables.records.SocialPrescriptionRecord;

/** The only code that speaks SQL about social prescriptions, their supports and status history. */
public final class PrescriptionRepository {

    public long insert(DSLContext tx, SocialPrescription p, Instant now) {
        SocialPrescriptionRecord row = tx.newRecord(SOCIAL_PRESCRIPTION);
        fill(row, p);
        row.setCreatedAt(now).setUpdatedAt(now);
        row.store();
        writeSupports(tx, row.getId(), p, now);
        return row.getId();
    }

    /** The batch form of {@link #insert}, for loads of thousands: the new ids, in the order of the list. */
    public List<Long> insertAll(DSLContext tx, List<SocialPrescription> prescriptions, Instant now) {
        long next = BatchInsert.nextId(tx, SOCIAL_PRESCRIPTION, SOCIAL_PRESCRIPTION.ID);
        List<SocialPrescriptionRecord> rows = new ArrayList<>(prescriptions.size());
        List<Object[]> supports = new ArrayList<>();
        for (SocialPrescription p : prescriptions) {
            SocialPrescriptionRecord row = tx.newRecord(SOCIAL_PRESCRIPTION);
            fill(row, p);
            long id = next++;
            rows.add(row.setId(id).setCreatedAt(now).setUpdatedAt(now).setVersion(1));
            p.supports().forEach(s -> supports.add(new Object[] {id, s.kind(), blankToNull(s.note()), now}));
        }
        BatchInsert.records(tx, rows);
        BatchInsert.rows(tx, SOCIAL_PRESCRIPTION_SUPPORT, List.of(SOCIAL_PRESCRIPTION_SUPPORT.SOCIAL_PRESCRIPTION_ID,
                SOCIAL_PRESCRIPTION_SUPPORT.SUPPORT, SOCIAL_PRESCRIPTION_SUPPORT.NOTE,
                SOCIAL_PRESCRIPTION_SUPPORT.CREATED_AT), supports);
        return rows.stream().map(SocialPrescriptionRecord::getId).toList();
    }

    public void update(DSLContext tx, SocialPrescription p, Instant now) {
        SocialPrescriptionRecord row = tx.newRecord(SOCIAL_PRESCRIPTION);
        fill(row, p);
        VersionedRows.update(tx, SOCIAL_PRESCRIPTION, row, p.id(), p.version(), now);
        tx.deleteFrom(SOCIAL_PRESCRIPTION_SUPPORT).where(SOCIAL_PRESCRIPTION_SUPPORT.SOCIAL_PRESCRIPTION_ID.eq(p.id())).execute();
        writeSupports(tx, p.id(), p, now);
    }

    public Optional<SocialPrescription> find(DSLContext dsl, long id) {
        return dsl.selectFrom(SOCIAL_PRESCRIPTION).where(SOCIAL_PRESCRIPTION.ID.eq(id)).fetchOptional()
                .map(row -> toPrescription(dsl, row));
    }

    public List<SocialPrescription> forClient(DSLContext dsl, long clientId) {
        return dsl.selectFrom(SOCIAL_PRESCRIPTION).where(SOCIAL_PRESCRIPTION.CLIENT_ID.eq(clientId))
                .orderBy(SOCIAL_PRESCRIPTION.ID.desc()).fetch(row -> toPrescription(dsl, row));
    }

    public void recordStatusChange(DSLContext tx, long id, Optional<PrescriptionStatus> from, PrescriptionStatus to,
                                   Instant at, String by, String reason) {
        tx.insertInto(SOCIAL_PRESCRIPTION_STATUS_CHANGE)
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID, id)
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.FROM_STATUS, from.map(PrescriptionStatus::code).orElse(null))
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.TO_STATUS, to.code())
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.CHANGED_AT, at)
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.CHANGED_BY, by)
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.REASON, blankToNull(reason))
                .set(SOCIAL_PRESCRIPTION_STATUS_CHANGE.CREATED_AT, at)
                .execute();
    }

    /** The batch form of {@link #recordStatusChange}. */
    public void recordStatusChanges(DSLContext tx, List<ReferralRepository.NewStatusChange> changes) {
        BatchInsert.rows(tx, SOCIAL_PRESCRIPTION_STATUS_CHANGE, List.of(
                SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID, SOCIAL_PRESCRIPTION_STATUS_CHANGE.FROM_STATUS,
                SOCIAL_PRESCRIPTION_STATUS_CHANGE.TO_STATUS, SOCIAL_PRESCRIPTION_STATUS_CHANGE.CHANGED_AT,
                SOCIAL_PRESCRIPTION_STATUS_CHANGE.CHANGED_BY, SOCIAL_PRESCRIPTION_STATUS_CHANGE.REASON,
                SOCIAL_PRESCRIPTION_STATUS_CHANGE.CREATED_AT),
                changes.stream().map(ReferralRepository.NewStatusChange::values).toList());
    }

    public List<ReferralRepository.StatusChange> history(DSLContext dsl, long id) {
        return dsl.selectFrom(SOCIAL_PRESCRIPTION_STATUS_CHANGE)
                .where(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID.eq(id))
                .orderBy(SOCIAL_PRESCRIPTION_STATUS_CHANGE.ID)
                .fetch(r -> new ReferralRepository.StatusChange(Optional.ofNullable(r.getFromStatus()), r.getToStatus(),
                        r.getChangedAt(), r.getChangedBy(), text(r.getReason())));
    }

    private static void fill(SocialPrescriptionRecord row, SocialPrescription p) {
        row.setClientId(p.clientId()).setReferralId(p.referralId().orElse(null)).setProgramId(p.programId().orElse(null))
                .setMaterialSupport(blankToNull(p.materialSupport())).setStatus(p.status().code())
                .setStatusReason(blankToNull(p.statusReason()))
                .setBarriersAddressed(blankToNull(p.barriersAddressed().stream().map(BarrierType::code).sorted()
                        .collect(Collectors.joining(","))))
                .setStartedOn(p.startedOn().orElse(null)).setEndedOn(p.endedOn().orElse(null))
                .setNotes(blankToNull(p.notes()));
    }

    private static void writeSupports(DSLContext tx, long id, SocialPrescription p, Instant now) {
        for (SocialPrescription.Support support : p.supports()) {
            tx.insertInto(SOCIAL_PRESCRIPTION_SUPPORT)
                    .set(SOCIAL_PRESCRIPTION_SUPPORT.SOCIAL_PRESCRIPTION_ID, id)
                    .set(SOCIAL_PRESCRIPTION_SUPPORT.SUPPORT, support.kind())
                    .set(SOCIAL_PRESCRIPTION_SUPPORT.NOTE, blankToNull(support.note()))
                    .set(SOCIAL_PRESCRIPTION_SUPPORT.CREATED_AT, now)
                    .execute();
        }
    }

    private static SocialPrescription toPrescription(DSLContext dsl, SocialPrescriptionRecord r) {
        List<SocialPrescription.Support> supports = dsl.selectFrom(SOCIAL_PRESCRIPTION_SUPPORT)
                .where(SOCIAL_PRESCRIPTION_SUPPORT.SOCIAL_PRESCRIPTION_ID.eq(r.getId()))
                .orderBy(SOCIAL_PRESCRIPTION_SUPPORT.ID)
                .fetch(s -> new SocialPrescription.Support(s.getSupport(), text(s.getNote())));
        return new SocialPrescription(r.getId(), r.getVersion(), r.getClientId(), Optional.ofNullable(r.getReferralId()),
                Optional.ofNullable(r.getProgramId()), text(r.getMaterialSupport()),
                PrescriptionStatus.fromCode(r.getStatus()), text(r.getStatusReason()),
                Arrays.stream(text(r.getBarriersAddressed()).split(",")).filter(s -> !s.isBlank())
                        .map(BarrierType::fromCode).collect(Collectors.toSet()),
                supports, Optional.ofNullable(r.getStartedOn()), Optional.ofNullable(r.getEndedOn()), text(r.getNotes()));
    }
}
