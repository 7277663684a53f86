package org.linkwell.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/** Health Champions: clients who give back by co-creating and leading programs. */
public final class ChampionService {
    public static final String TABLE = "health_champion";

    private final Database database;
    private final ChampionRepository champions;
    private final Audit audit;
    private final Clock clock;

    public ChampionService(Database database, ChampionRepository champions, Audit audit, Clock clock) {
        this.database = database;
        this.champions = champions;
        this.audit = audit;
        this.clock = clock;
    }

    public HealthChampion save(HealthChampion champion) {
        if (champion.since().isAfter(LocalDate.now(clock))) {
            throw new ValidationException(List.of(new FieldError("since", "validation.date.future")));
        }
        return database.transaction(tx -> {
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
            champions.addHours(tx, clientId, programId, on, minutes, note, clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, clientId);
            return champions.find(tx, clientId).orElseThrow();
        });
    }

    public Optional<HealthChampion> find(long clientId) {
        return database.read(dsl -> champions.find(dsl, clientId));
    }

    public List<HealthChampion> all() {
        return database.read(champions::all);
    }
}
