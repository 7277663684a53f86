package org.linkwell.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/** Health Champions: clients who give back by co-creating and leading programs. */
public final class ChampionService {
    public static final String TABLE = "health_champion";

    private final Database database;
    private final ChampionRepository champions;
    private final Audit audit;
    private final Clock clock;
    private final Access access;

    public ChampionService(Database database, ChampionRepository champions, Audit audit, Clock clock, Access access) {
        this.database = database;
        this.champions = champions;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    public HealthChampion save(HealthChampion champion) {
        if (champion.since().isAfter(LocalDate.now(clock))) {
            throw new ValidationException(List.of(new FieldError("since", "validation.date.future")));
        }
        return database.transaction(tx -> {
            access.requireRecord(tx, champion.clientId(), Permission.JOURNEY_WORK);
            boolean existed = champions.find(tx, champion.clientId()).isPresent();
            champions.save(tx, champion, clock.instant());
            audit.record(tx, existed ? Audit.Action.UPDATE : Audit.Action.CREATE, TABLE, champion.clientId());
            return champions.find(tx, champion.clientId()).orElseThrow();
        });
    }

    public HealthChampion logHours(long clientId, Optional<Long> programId, LocalDate on, int minutes, String note) {
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new ValidationException(List.of(new FieldError("minutes", "validation.encounter.minutes")));
        }
        return database.transaction(tx -> {
            access.requireRecord(tx, clientId, Permission.JOURNEY_WORK);
            champions.addHours(tx, clientId, programId, on, minutes, note, clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, clientId);
            return champions.find(tx, clientId).orElseThrow();
        });
    }

    public Optional<HealthChampion> find(long clientId) {
        return database.read(dsl -> {
            access.requireRecord(dsl, clientId);
            return champions.find(dsl, clientId);
        });
    }

    /** The Health Champions among the clients the person reaches. */
    public List<HealthChampion> all() {
        access.require(Permission.CLIENT_RECORD);
        return database.read(dsl -> {
            Optional<java.util.Set<Long>> mine = access.caseload(dsl);
            List<HealthChampion> all = champions.all(dsl);
            return mine.map(clients -> all.stream().filter(c -> clients.contains(c.clientId())).toList()).orElse(all);
        });
    }
}
