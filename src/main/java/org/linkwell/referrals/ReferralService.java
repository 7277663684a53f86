package org.linkwell.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * The referral lifecycle: create, assign a navigator, move through the FHIR Task statuses. Every
 * change is one transaction with its status-history row and its audit row; illegal moves are refused.
 * Writing a referral needs {@link Permission#REFERRAL_CREATE}; reading one, the client's whole record; moving it,
 * {@link Permission#JOURNEY_WORK} as well. Lists hold only the referrals of clients the person reaches.
 */
public final class ReferralService {
    public static final String TABLE = "referral";

    private final Database database;
    private final ReferralRepository referrals;
    private final Audit audit;
    private final Clock clock;
    private final Access access;

    public ReferralService(Database database, ReferralRepository referrals, Audit audit, Clock clock,
                           Access access) {
        this.database = database;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    public Referral create(Referral draft) {
        access.require(Permission.REFERRAL_CREATE);
        List<FieldError> errors = new ArrayList<>();
        if (draft.reasons().isEmpty()) {
            errors.add(new FieldError("reasons", "validation.referral.reason"));
        }
        if (draft.reasons().contains(ReferralReason.OTHER) && draft.otherReason().isBlank()) {
            errors.add(new FieldError("otherReason", "validation.required"));
        }
        if (draft.referredOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("referredOn", "validation.date.future"));
        }
        if (!draft.consentConfirmed()) {
            errors.add(new FieldError("consentConfirmed", "validation.referral.consent"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.transaction(tx -> {
            long id = referrals.insert(tx, draft, clock.instant());
            referrals.recordStatusChange(tx, id, Optional.empty(), ReferralStatus.REQUESTED, clock.instant(), access.actor(), "");
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            return referrals.find(tx, id).orElseThrow();
        });
    }

    public Referral open(long id) {
        return database.transaction(tx -> {
            Referral referral = referrals.find(tx, id).orElseThrow(() -> new IllegalArgumentException("no referral " + id));
            access.requireRecord(tx, referral.clientId());
            audit.record(tx, Audit.Action.VIEW, TABLE, id);
            return referral;
        });
    }

    /** The worklist: referrals in any of these statuses, oldest first. */
    public List<Referral> withStatus(List<ReferralStatus> statuses) {
        access.require(Permission.CLIENT_RECORD);
        return database.read(dsl -> {
            Optional<Set<Long>> mine = access.caseload(dsl);
            List<Referral> all = referrals.withStatus(dsl, statuses);
            return mine.map(clients -> all.stream().filter(r -> clients.contains(r.clientId())).toList()).orElse(all);
        });
    }

    public List<Referral> forClient(long clientId) {
        return database.read(dsl -> {
            access.requireRecord(dsl, clientId);
            return referrals.forClient(dsl, clientId);
        });
    }

    /** A navigator takes the referral: requested (or on hold) → accepted. */
    public Referral assign(long id, int version, long navigatorId) {
        return move(id, version, ReferralStatus.ACCEPTED, "", referral -> withNavigator(referral, navigatorId));
    }

    /** Any other move of the lifecycle; refused when the lifecycle does not allow it or a needed reason is missing. */
    public Referral changeStatus(long id, int version, ReferralStatus target, String reason) {
        return move(id, version, target, reason, referral -> referral);
    }

    /** The first contact with the client on {@code on}: kept for "days to first contact"; accepted → in progress. */
    public Referral recordContact(long id, LocalDate on) {
        return database.transaction(tx -> {
            access.requireRecord(tx, referrals.find(tx, id).orElseThrow().clientId(), Permission.JOURNEY_WORK);
            return contact(tx, id, on);
        });
    }

    /** The same, inside a caller's transaction (recording an encounter is one user action). */
    Referral contact(org.jooq.DSLContext tx, long id, LocalDate on) {
        Referral referral = referrals.find(tx, id).orElseThrow();
        LocalDate first = referral.firstContactOn().map(existing -> ReferralRepository.earlier(existing, on)).orElse(on);
        ReferralStatus status = referral.status() == ReferralStatus.ACCEPTED ? ReferralStatus.IN_PROGRESS : referral.status();
        Referral updated = copy(referral, referral.navigatorId(), status, referral.statusReason(), Optional.of(first));
        referrals.update(tx, updated, clock.instant());
        if (status != referral.status()) {
            referrals.recordStatusChange(tx, id, Optional.of(referral.status()), status, clock.instant(), access.actor(), "");
        }
        audit.record(tx, Audit.Action.UPDATE, TABLE, id);
        return referrals.find(tx, id).orElseThrow();
    }

    public List<ReferralRepository.StatusChange> history(long id) {
        return database.read(dsl -> {
            access.requireRecord(dsl, referrals.find(dsl, id).orElseThrow().clientId());
            return referrals.history(dsl, id);
        });
    }

    private Referral move(long id, int version, ReferralStatus target, String reason,
                          java.util.function.UnaryOperator<Referral> change) {
        if (target.needsReason() && (reason == null || reason.isBlank())) {
            throw new ValidationException(List.of(new FieldError("reason", "validation.referral.statusReason")));
        }
        return database.transaction(tx -> {
            Referral referral = referrals.find(tx, id).orElseThrow();
            access.requireRecord(tx, referral.clientId(), Permission.JOURNEY_WORK);
            // The lifecycle first: "a completed referral cannot be put on hold" says more than "someone changed it".
            if (!referral.status().canMoveTo(target)) {
                throw new IllegalTransitionException("referralStatus.", referral.status().code(), target.code());
            }
            if (referral.version() != version) {
                throw new org.linkwell.core.StaleRecordException(TABLE, id);
            }
            Referral changed = change.apply(referral);
            Referral updated = copy(changed, changed.navigatorId(), target, reason == null ? "" : reason.strip(),
                    changed.firstContactOn());
            referrals.update(tx, updated, clock.instant());
            referrals.recordStatusChange(tx, id, Optional.of(referral.status()), target, clock.instant(), access.actor(), reason);
            audit.record(tx, target.isClosed() ? Audit.Action.CLOSE : Audit.Action.UPDATE, TABLE, id);
            return referrals.find(tx, id).orElseThrow();
        });
    }

    private static Referral withNavigator(Referral r, long navigatorId) {
        return copy(r, Optional.of(navigatorId), r.status(), r.statusReason(), r.firstContactOn());
    }

    private static Referral copy(Referral r, Optional<Long> navigator, ReferralStatus status, String reason,
                                 Optional<LocalDate> firstContact) {
        return new Referral(r.id(), r.version(), r.clientId(), r.prescriberId(), navigator, r.source(), r.referredOn(),
                r.urgency(), r.reasons(), r.otherReason(), r.hopes(), r.consentConfirmed(), status, reason, firstContact);
    }
}
