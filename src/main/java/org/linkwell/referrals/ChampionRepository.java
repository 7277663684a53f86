package org.linkwell.referrals;

import static org.linkwell.db.Tables.CHAMPION_PROGRAM;
import static org.linkwell.db.Tables.HEALTH_CHAMPION;
import static org.linkwell.db.Tables.VOLUNTEER_HOURS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.linkwell.core.BatchInsert;
import org.linkwell.db.tables.records.HealthChampionRecord;

/** The only code that speaks SQL about Health Champions, their programs and volunteer hours. */
public final class ChampionRepository {

    public void save(DSLContext tx, HealthChampion c, Instant now) {
        tx.insertInto(HEALTH_CHAMPION)
                .set(HEALTH_CHAMPION.CLIENT_ID, c.clientId()).set(HEALTH_CHAMPION.SINCE_ON, c.since())
                .set(HEALTH_CHAMPION.TRAINING_DONE, c.trainingDone())
                .set(HEALTH_CHAMPION.TRAINING_NOTE, ReferralRepository.blankToNull(c.trainingNote()))
                .set(HEALTH_CHAMPION.ACTIVE, c.active()).set(HEALTH_CHAMPION.CREATED_AT, now)
                .set(HEALTH_CHAMPION.UPDATED_AT, now).set(HEALTH_CHAMPION.VERSION, 1)
                .onConflict(HEALTH_CHAMPION.CLIENT_ID).doUpdate()
                .set(HEALTH_CHAMPION.SINCE_ON, c.since()).set(HEALTH_CHAMPION.TRAINING_DONE, c.trainingDone())
                .set(HEALTH_CHAMPION.TRAINING_NOTE, ReferralRepository.blankToNull(c.trainingNote()))
                .set(HEALTH_CHAMPION.ACTIVE, c.active()).set(HEALTH_CHAMPION.UPDATED_AT, now)
                .set(HEALTH_CHAMPION.VERSION, HEALTH_CHAMPION.VERSION.plus(1))
                .execute();
        tx.deleteFrom(CHAMPION_PROGRAM).where(CHAMPION_PROGRAM.CLIENT_ID.eq(c.clientId())).execute();
        for (HealthChampion.ProgramRole role : c.programs()) {
            tx.insertInto(CHAMPION_PROGRAM).set(CHAMPION_PROGRAM.CLIENT_ID, c.clientId())
                    .set(CHAMPION_PROGRAM.PROGRAM_ID, role.programId()).set(CHAMPION_PROGRAM.ROLE, role.role().code())
                    .execute();
        }
    }

    public void addHours(DSLContext tx, long clientId, Optional<Long> programId, LocalDate on, int minutes, String note,
                         Instant now) {
        tx.insertInto(VOLUNTEER_HOURS).set(VOLUNTEER_HOURS.CLIENT_ID, clientId)
                .set(VOLUNTEER_HOURS.PROGRAM_ID, programId.orElse(null)).set(VOLUNTEER_HOURS.WORKED_ON, on)
                .set(VOLUNTEER_HOURS.MINUTES, minutes).set(VOLUNTEER_HOURS.NOTE, ReferralRepository.blankToNull(note))
                .set(VOLUNTEER_HOURS.CREATED_AT, now).execute();
    }

    /** Volunteer hours to add, for {@link #addAllHours}. */
    public record NewHours(long clientId, Optional<Long> programId, LocalDate on, int minutes, String note) {
    }

    /** The batch form of {@link #addHours}, for loads of thousands. */
    public void addAllHours(DSLContext tx, List<NewHours> hours, Instant now) {
        BatchInsert.rows(tx, VOLUNTEER_HOURS, List.of(VOLUNTEER_HOURS.CLIENT_ID, VOLUNTEER_HOURS.PROGRAM_ID,
                VOLUNTEER_HOURS.WORKED_ON, VOLUNTEER_HOURS.MINUTES, VOLUNTEER_HOURS.NOTE, VOLUNTEER_HOURS.CREATED_AT),
                hours.stream().map(h -> new Object[] {h.clientId(), h.programId().orElse(null), h.on(), h.minutes(),
                    ReferralRepository.blankToNull(h.note()), now}).toList());
    }

    public Optional<HealthChampion> find(DSLContext dsl, long clientId) {
        return dsl.selectFrom(HEALTH_CHAMPION).where(HEALTH_CHAMPION.CLIENT_ID.eq(clientId)).fetchOptional()
                .map(row -> toChampion(dsl, row));
    }

    public List<HealthChampion> all(DSLContext dsl) {
        return dsl.selectFrom(HEALTH_CHAMPION).orderBy(HEALTH_CHAMPION.SINCE_ON).fetch(row -> toChampion(dsl, row));
    }

    private static HealthChampion toChampion(DSLContext dsl, HealthChampionRecord r) {
        List<HealthChampion.ProgramRole> programs = dsl.selectFrom(CHAMPION_PROGRAM)
                .where(CHAMPION_PROGRAM.CLIENT_ID.eq(r.getClientId())).orderBy(CHAMPION_PROGRAM.PROGRAM_ID)
                .fetch(p -> new HealthChampion.ProgramRole(p.getProgramId(), HealthChampion.Role.fromCode(p.getRole())));
        Integer minutes = dsl.select(DSL.sum(VOLUNTEER_HOURS.MINUTES).cast(Integer.class)).from(VOLUNTEER_HOURS)
                .where(VOLUNTEER_HOURS.CLIENT_ID.eq(r.getClientId())).fetchOne(0, Integer.class);
        return new HealthChampion(r.getClientId(), r.getVersion(), r.getSinceOn(), r.getTrainingDone(),
                ReferralRepository.text(r.getTrainingNote()), r.getActive(), programs, minutes == null ? 0 : minutes);
    }
}
