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
 * Contacts with clients. Recording one also keeps the referral's first contact and status up to date.
 * Reception sees a client's appointments (dates, how, with whom, the next date) without the notes.
 */
public final class EncounterService {
    public static final String TABLE = "encounter";

    private final Database database;
    private final EncounterRepository encounters;
    private final ReferralService referrals;
    private final Audit audit;
    private final Clock clock;
    private final Access access;

    public EncounterService(Database database, EncounterRepository encounters, ReferralService referrals, Audit audit,
                            Clock clock, Access access) {
        this.database = database;
        this.encounters = encounters;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    public Encounter record(Encounter draft) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (draft.occurredOn().isAfter(today)) {
            errors.add(new FieldError("occurredOn", "validation.date.future"));
        }
        if (draft.minutes() < 0 || draft.minutes() > 24 * 60) {
            errors.add(new FieldError("minutes", "validation.encounter.minutes"));
        }
        if (!draft.nextStep().isBlank() && draft.nextStepDueOn().isEmpty()) {
            errors.add(new FieldError("nextStepDueOn", "validation.encounter.due"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.transaction(tx -> {
            access.requireRecord(tx, draft.clientId(), Permission.JOURNEY_WORK);
            long id = encounters.insert(tx, draft, clock.instant());
            draft.referralId().ifPresent(referralId -> referrals.contact(tx, referralId, draft.occurredOn()));
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            return encounters.find(tx, id).orElseThrow();
        });
    }

    /**
     * The client's encounters; without their whole record, the appointments only (no notes, no next step's words).
     * A look at the client's record, so audited like one.
     */
    public List<Encounter> forClient(long clientId) {
        access.require(Permission.CLIENT_CONTACT);
        return database.transaction(tx -> {
            List<Encounter> all = encounters.forClient(tx, clientId);
            audit.record(tx, Audit.Action.VIEW, "client", clientId);
            return access.may(Permission.CLIENT_RECORD) && access.reaches(tx, clientId) ? all
                    : all.stream().map(EncounterService::appointment).toList();
        });
    }

    private static Encounter appointment(Encounter e) {
        return new Encounter(e.id(), e.version(), e.clientId(), e.referralId(), e.navigatorId(), e.occurredOn(), e.mode(),
                e.minutes(), "", "", e.nextStepDueOn(), e.nextStepDone());
    }

    /** Next steps due by then, of the clients the person reaches. */
    public List<Encounter> dueBy(LocalDate until) {
        access.require(Permission.JOURNEY_WORK);
        return database.read(dsl -> {
            Optional<Set<Long>> mine = access.caseload(dsl);
            List<Encounter> due = encounters.dueBy(dsl, until);
            return mine.map(clients -> due.stream().filter(e -> clients.contains(e.clientId())).toList()).orElse(due);
        });
    }

    public void markNextStepDone(long encounterId) {
        database.run(tx -> {
            access.requireRecord(tx, encounters.find(tx, encounterId).orElseThrow().clientId(), Permission.JOURNEY_WORK);
            encounters.markDone(tx, encounterId, clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, encounterId);
        });
    }
}
