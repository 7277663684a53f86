package org.linkwell.referrals;

import static org.linkwell.db.Tables.ENCOUNTER;
import static org.linkwell.referrals.ReferralRepository.blankToNull;
import static org.linkwell.referrals.ReferralRepository.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.core.BatchInsert;
import org.linkwell.db.tables.records.EncounterRecord;

/** The only code that speaks SQL about encounters. */
public final class EncounterRepository {

    public long insert(DSLContext tx, Encounter e, Instant now) {
        EncounterRecord row = newRow(tx, e, now);
        row.store();
        return row.getId();
    }

    /** The batch form of {@link #insert}, for loads of thousands: the new ids, in the order of the list. */
    public List<Long> insertAll(DSLContext tx, List<Encounter> encounters, Instant now) {
        long next = BatchInsert.nextId(tx, ENCOUNTER, ENCOUNTER.ID);
        List<EncounterRecord> rows = new ArrayList<>(encounters.size());
        for (Encounter encounter : encounters) {
            rows.add(newRow(tx, encounter, now).setId(next++).setVersion(1));
        }
        BatchInsert.records(tx, rows);
        return rows.stream().map(EncounterRecord::getId).toList();
    }

    private static EncounterRecord newRow(DSLContext tx, Encounter e, Instant now) {
        EncounterRecord row = tx.newRecord(ENCOUNTER);
        row.setClientId(e.clientId()).setReferralId(e.referralId().orElse(null)).setNavigatorId(e.navigatorId().orElse(null))
                .setOccurredOn(e.occurredOn()).setMode(e.mode().code()).setMinutes(e.minutes())
                .setNotes(blankToNull(e.notes())).setNextStep(blankToNull(e.nextStep()))
                .setNextStepDueOn(e.nextStepDueOn().orElse(null)).setNextStepDone(e.nextStepDone())
                .setCreatedAt(now).setUpdatedAt(now);
        return row;
    }

    public Optional<Encounter> find(DSLContext dsl, long id) {
        return dsl.selectFrom(ENCOUNTER).where(ENCOUNTER.ID.eq(id)).fetchOptional().map(EncounterRepository::toEncounter);
    }

    public List<Encounter> forClient(DSLContext dsl, long clientId) {
        return dsl.selectFrom(ENCOUNTER).where(ENCOUNTER.CLIENT_ID.eq(clientId))
                .orderBy(ENCOUNTER.OCCURRED_ON.desc(), ENCOUNTER.ID.desc()).fetch(EncounterRepository::toEncounter);
    }

    /** Next steps not done yet, due on or before {@code until}. */
    public List<Encounter> dueBy(DSLContext dsl, LocalDate until) {
        return dsl.selectFrom(ENCOUNTER)
                .where(ENCOUNTER.NEXT_STEP_DONE.isFalse().and(ENCOUNTER.NEXT_STEP_DUE_ON.le(until)))
                .orderBy(ENCOUNTER.NEXT_STEP_DUE_ON).fetch(EncounterRepository::toEncounter);
    }

    public void markDone(DSLContext tx, long id, Instant now) {
        tx.update(ENCOUNTER).set(ENCOUNTER.NEXT_STEP_DONE, true).set(ENCOUNTER.UPDATED_AT, now)
                .set(ENCOUNTER.VERSION, ENCOUNTER.VERSION.plus(1)).where(ENCOUNTER.ID.eq(id)).execute();
    }

    private static Encounter toEncounter(EncounterRecord r) {
        return new Encounter(r.getId(), r.getVersion(), r.getClientId(), Optional.ofNullable(r.getReferralId()),
                Optional.ofNullable(r.getNavigatorId()), r.getOccurredOn(), Encounter.Mode.fromCode(r.getMode()),
                r.getMinutes(), text(r.getNotes()), text(r.getNextStep()), Optional.ofNullable(r.getNextStepDueOn()),
                r.getNextStepDone());
    }
}
