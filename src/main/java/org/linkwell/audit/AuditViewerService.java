package org.linkwell.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.Condition;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * The audit viewer's questions, for people with {@link Permission#AUDIT_VIEW}: who viewed or changed a client's
 * record, what a person did in a period, and a random sample of accesses to review. Looking at a client's trail
 * is itself logged (as a view of that client's audit trail), so the viewer cannot be used unseen.
 */
public final class AuditViewerService {
    /** The audit log's name for "this client's audit trail" (the record id is the client's). */
    public static final String TABLE = "client_audit";
    public static final int PAGE_SIZE = 200;
    public static final int MAX_SAMPLE = 1000;
    /** An export holds at most this many rows (a spreadsheet to read, not a copy of the log). */
    public static final int MAX_EXPORT = 200_000;

    private final Database database;
    private final AuditRepository repository;
    private final Audit audit;
    private final Messages messages;
    private final Clock clock;
    private final Access access;

    public AuditViewerService(Database database, AuditRepository repository, Audit audit, Messages messages,
                              Clock clock, Access access) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.access = access;
    }

    /** Who viewed or changed the client's record, newest first; the first page logs the look. */
    public AuditPage forClient(long clientId, int offset) {
        access.require(Permission.AUDIT_VIEW);
        return database.transaction(tx -> {
            if (offset == 0) {
                audit.record(tx, Audit.Action.VIEW, TABLE, clientId);
            }
            Condition where = AuditRepository.aboutClient(tx, clientId);
            return new AuditPage(repository.page(tx, where, offset, PAGE_SIZE), offset, repository.count(tx, where));
        });
    }

    /** What the person the log names {@code actor} did from {@code from} to {@code to} (both days included). */
    public AuditPage forActor(String actor, LocalDate from, LocalDate to, int offset) {
        access.require(Permission.AUDIT_VIEW);
        requirePeriod(from, to);
        Condition where = AuditRepository.byActor(actor.strip(), start(from), start(to.plusDays(1)));
        return database.read(dsl -> new AuditPage(repository.page(dsl, where, offset, PAGE_SIZE), offset,
                repository.count(dsl, where)));
    }

    /** {@code size} accesses to client records in the period, drawn at random; the same seed draws the same ones. */
    public AuditPage sample(LocalDate from, LocalDate to, int size, long seed) {
        access.require(Permission.AUDIT_VIEW);
        requirePeriod(from, to);
        if (size < 1 || size > MAX_SAMPLE) {
            throw new ValidationException(List.of(new FieldError("size", "validation.audit.sampleSize", MAX_SAMPLE)));
        }
        return database.read(dsl -> {
            List<Long> ids = repository.ids(dsl, AuditRepository.clientAccesses(start(from), start(to.plusDays(1))));
            List<Long> chosen = draw(ids, size, seed);
            return new AuditPage(chosen.isEmpty() ? List.of() : repository.withIds(dsl, chosen), 0, chosen.size());
        });
    }

    /** The names the log holds, to choose a person from. */
    public List<String> actors() {
        access.require(Permission.AUDIT_VIEW);
        return database.read(repository::actors);
    }

    /** Writes the whole answer (every page, up to {@link #MAX_EXPORT} rows) as a formatted workbook. */
    public int export(AuditQuery query, Path out) {
        access.require(Permission.AUDIT_VIEW);
        List<AuditEntry> rows = all(query);
        new AuditWorkbook(messages, clock.getZone()).write(rows, out);
        return rows.size();
    }

    private List<AuditEntry> all(AuditQuery query) {
        if (query instanceof AuditQuery.Sample sample) {
            return sample(sample.from(), sample.to(), sample.size(), sample.seed()).rows();
        }
        if (query instanceof AuditQuery.ByClient client) {
            return database.transaction(tx -> {
                audit.record(tx, Audit.Action.VIEW, TABLE, client.clientId());
                return repository.page(tx, AuditRepository.aboutClient(tx, client.clientId()), 0, MAX_EXPORT);
            });
        }
        AuditQuery.ByActor byActor = (AuditQuery.ByActor) query;
        requirePeriod(byActor.from(), byActor.to());
        Condition where = AuditRepository.byActor(byActor.actor().strip(), start(byActor.from()),
                start(byActor.to().plusDays(1)));
        return database.read(dsl -> repository.page(dsl, where, 0, MAX_EXPORT));
    }

    /** A partial Fisher–Yates shuffle of the positions: each id is as likely as any other. */
    static List<Long> draw(List<Long> ids, int size, long seed) {
        if (size >= ids.size()) {
            return ids;
        }
        List<Long> pool = new ArrayList<>(ids);
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Long kept = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, kept);
        }
        List<Long> chosen = new ArrayList<>(pool.subList(0, size));
        chosen.sort(null);
        return chosen;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ValidationException(List.of(new FieldError("to", "validation.audit.period")));
        }
    }
}
