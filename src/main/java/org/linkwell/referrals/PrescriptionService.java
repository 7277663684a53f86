package org.linkwell.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * Social prescriptions: suggest, agree, start, attend, complete — or declined / dropped out, with a reason.
 * Reading them needs the client's whole record; changing them, {@link Permission#JOURNEY_WORK} as well.
 */
public final class PrescriptionService {
    public static final String TABLE = "social_prescription";

    private final Database database;
    private final PrescriptionRepository prescriptions;
    private final Audit audit;
    private final Clock clock;
    private final Access access;

    public PrescriptionService(Database database, PrescriptionRepository prescriptions, Audit audit, Clock clock,
                               Access access) {
        this.database = database;
        this.prescriptions = prescriptions;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    public SocialPrescription create(SocialPrescription draft) {
        if (draft.programId().isEmpty() && draft.materialSupport().isBlank()) {
            throw new ValidationException(List.of(new FieldError("program", "validation.prescription.what")));
        }
        return database.transaction(tx -> {
            access.requireRecord(tx, draft.clientId(), Permission.JOURNEY_WORK);
            long id = prescriptions.insert(tx, draft, clock.instant());
            prescriptions.recordStatusChange(tx, id, Optional.empty(), draft.status(), clock.instant(), access.actor(), "");
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            return prescriptions.find(tx, id).orElseThrow();
        });
    }

    /** Saves notes, supports and barriers addressed, without changing the status. */
    public SocialPrescription update(SocialPrescription edited) {
        return database.transaction(tx -> {
            SocialPrescription stored = prescriptions.find(tx, edited.id()).orElseThrow();
            access.requireRecord(tx, stored.clientId(), Permission.JOURNEY_WORK);
            if (stored.status() != edited.status()) {
                throw new IllegalArgumentException("use changeStatus to change the status");
            }
            prescriptions.update(tx, edited, clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, edited.id());
            return prescriptions.find(tx, edited.id()).orElseThrow();
        });
    }

    public SocialPrescription changeStatus(long id, int version, PrescriptionStatus target, String reason) {
        if (target.needsReason() && (reason == null || reason.isBlank())) {
            throw new ValidationException(List.of(new FieldError("reason", "validation.prescription.reason")));
        }
        return database.transaction(tx -> {
            SocialPrescription p = prescriptions.find(tx, id).orElseThrow();
            access.requireRecord(tx, p.clientId(), Permission.JOURNEY_WORK);
            if (!p.status().canMoveTo(target)) {
                throw new IllegalTransitionException("prescriptionStatus.", p.status().code(), target.code());
            }
            if (p.version() != version) {
                throw new StaleRecordException(TABLE, id);
            }
            LocalDate today = LocalDate.now(clock);
            Optional<LocalDate> started = target == PrescriptionStatus.STARTED && p.startedOn().isEmpty()
                    ? Optional.of(today) : p.startedOn();
            Optional<LocalDate> ended = target.isClosed() ? Optional.of(today) : p.endedOn();
            SocialPrescription moved = new SocialPrescription(p.id(), p.version(), p.clientId(), p.referralId(),
                    p.programId(), p.materialSupport(), target, reason == null ? "" : reason.strip(),
                    p.barriersAddressed(), p.supports(), started, ended, p.notes());
            prescriptions.update(tx, moved, clock.instant());
            prescriptions.recordStatusChange(tx, id, Optional.of(p.status()), target, clock.instant(), access.actor(), reason);
            audit.record(tx, target.isClosed() ? Audit.Action.CLOSE : Audit.Action.UPDATE, TABLE, id);
            return prescriptions.find(tx, id).orElseThrow();
        });
    }

    public List<SocialPrescription> forClient(long clientId) {
        return database.read(dsl -> {
            access.requireRecord(dsl, clientId);
            return prescriptions.forClient(dsl, clientId);
        });
    }

    public List<ReferralRepository.StatusChange> history(long id) {
        return database.read(dsl -> {
            access.requireRecord(dsl, prescriptions.find(dsl, id).orElseThrow().clientId());
            return prescriptions.history(dsl, id);
        });
    }
}
