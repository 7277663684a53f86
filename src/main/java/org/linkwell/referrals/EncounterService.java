package org.linkwell.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/** Contacts with clients. Recording one also keeps the referral's first contact and status up to date. */
public final class EncounterService {
    public static final String TABLE = "encounter";

    private final Database database;
    private final EncounterRepository encounters;
    private final ReferralService referrals;
    private final Audit audit;
    private final Clock clock;

    public EncounterService(Database database, EncounterRepository encounters, ReferralService referrals, Audit audit,
                            Clock clock) {
        this.database = database;
        this.encounters = encounters;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
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
            long id = encounters.insert(tx, draft, clock.instant());
            draft.referralId().ifPresent(referralId -> referrals.contact(tx, referralId, draft.occurredOn()));
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            return encounters.find(tx, id).orElseThrow();
        });
    }

    public List<Encounter> forClient(long clientId) {
        return database.read(dsl -> encounters.forClient(dsl, clientId));
    }

    public List<Encounter> dueBy(LocalDate until) {
        return database.read(dsl -> encounters.dueBy(dsl, until));
    }

    public void markNextStepDone(long encounterId) {
        database.run(tx -> {
            encounters.markDone(tx, encounterId, clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, encounterId);
        });
    }
}
