package org.linkwell.lockbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * A client's consent directives ("lockbox"): recording and withdrawing them, what they hide from whom, and breaking
 * the glass. Directives are changes to the client's record and audited as such; a break-glass keeps its reason in
 * its own table and flags the audit rows, which never hold free text.
 */
public final class LockboxService {
    public static final String TABLE = "lockbox_directive";
    static final String CLIENT = "client";
    /** How long a break-glass lasts: the rest of this piece of work on the client. */
    public static final Duration GLASS_OPEN_FOR = Duration.ofMinutes(60);
    public static final int REASON_MIN_LENGTH = 10;

    private final Database database;
    private final LockboxRepository repository;
    private final Audit audit;
    private final Clock clock;

    public LockboxService(Database database, LockboxRepository repository, Audit audit, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every directive of the client, withdrawn ones too (they say what was withheld, and when). */
    public List<Directive> directives(long clientId, Access viewer) {
        return database.read(dsl -> {
            viewer.requireRecord(dsl, clientId);
            return repository.forClient(dsl, clientId);
        });
    }

    /** Records the client's wish to withhold {@code part} from everyone (no staff member) or from one staff member. */
    public Directive add(long clientId, RecordPart part, Optional<Long> fromStaffId, Access by) {
        by.require(Permission.CLIENT_RECORD);
        if (part == null) {
            throw new ValidationException(List.of(new FieldError("part", "validation.required")));
        }
        return database.transaction(tx -> {
            by.requireRecord(tx, clientId);
            boolean same = repository.activeForClient(tx, clientId).stream()
                    .anyMatch(d -> d.part() == part && d.fromStaffId().equals(fromStaffId));
            if (same) {
                throw new ValidationException(List.of(new FieldError("part", "lockbox.error.duplicate")));
            }
            long id = repository.insert(tx, clientId, part, fromStaffId, by.actor(), clock.instant());
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            audit.record(tx, Audit.Action.UPDATE, CLIENT, clientId);
            return repository.find(tx, id).orElseThrow();
        });
    }

    /** Withdraws a directive at the client's request; it stays on the record as withdrawn. */
    public Directive withdraw(long directiveId, int version, Access by) {
        by.require(Permission.CLIENT_RECORD);
        return database.transaction(tx -> {
            Directive directive = repository.find(tx, directiveId)
                    .orElseThrow(() -> new StaleRecordException(TABLE, directiveId));
            by.requireRecord(tx, directive.clientId());
            if (directive.fromStaffId().isPresent() && directive.fromStaffId().equals(by.staffId())) {
                // The person a directive keeps out cannot lift it themselves.
                throw new ValidationException(List.of(new FieldError("directive", "lockbox.error.ownDirective")));
            }
            if (repository.withdraw(tx, directiveId, version, by.actor(), clock.instant()) == 0) {
                throw new StaleRecordException(TABLE, directiveId);
            }
            audit.record(tx, Audit.Action.UPDATE, TABLE, directiveId);
            audit.record(tx, Audit.Action.UPDATE, CLIENT, directive.clientId());
            return repository.find(tx, directiveId).orElseThrow();
        });
    }

    /** The parts of the client's record hidden from this viewer now: the directives' scope, unless the glass is open. */
    public Withheld withheld(long clientId, Access viewer) {
        return database.read(dsl -> {
            Set<RecordPart> parts = EnumSet.noneOf(RecordPart.class);
            repository.activeForClient(dsl, clientId).stream().filter(d -> d.appliesTo(viewer.staffId()))
                    .forEach(d -> parts.add(d.part()));
            if (parts.isEmpty()) {
                return Withheld.NOTHING;
            }
            Optional<Instant> open = repository.glassOpenUntil(dsl, clientId, viewer.staffId(), viewer.actor(),
                    clock.instant());
            return open.isPresent() ? new Withheld(Set.of(), open) : new Withheld(parts, Optional.empty());
        });
    }

    /** The lockbox as the person acting through {@code viewer} sees it, for printouts and screens. */
    public Lockbox forViewer(Access viewer) {
        return clientId -> withheld(clientId, viewer);
    }

    /** Of these clients (e.g. a search list), those whose whole record is hidden from this viewer now. */
    public Set<Long> wholeRecordWithheld(Collection<Long> clientIds, Access viewer) {
        return withholding(clientIds, RecordPart.WHOLE_RECORD, viewer);
    }

    /**
     * Of these clients (e.g. a list of referrals), those who withhold {@code part} (or their whole record) from this
     * viewer now.
     */
    public Set<Long> withholding(Collection<Long> clientIds, RecordPart part, Access viewer) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return database.read(dsl -> {
            Instant now = clock.instant();
            Set<Long> hidden = new HashSet<>();
            repository.active(dsl, clientIds, EnumSet.of(part, RecordPart.WHOLE_RECORD)).stream()
                    .filter(d -> d.appliesTo(viewer.staffId())).forEach(d -> hidden.add(d.clientId()));
            if (!hidden.isEmpty()) {
                hidden.removeAll(repository.glassOpenOn(dsl, hidden, viewer.staffId(), viewer.actor(), now));
            }
            return Set.copyOf(hidden);
        });
    }

    /**
     * Clients with an active directive on {@code part}, whoever it names: for exports, which leave the CHC and so
     * honour every directive (no break-glass applies to them).
     */
    public Set<Long> clientsWithholding(RecordPart part) {
        return database.read(dsl -> repository.clientsWithholding(dsl, part));
    }

    /**
     * Opens the client's record to this viewer for {@link #GLASS_OPEN_FOR}, for a stated reason. The reason is kept
     * with the access; the audit log gets a flagged row now and for every view until the glass closes.
     */
    public Instant breakGlass(long clientId, BreakGlassKind kind, String reason, Access viewer) {
        viewer.require(Permission.CLIENT_CONTACT);
        String why = reason == null ? "" : reason.strip();
        if (kind == null) {
            throw new ValidationException(List.of(new FieldError("kind", "validation.required")));
        }
        if (why.length() < REASON_MIN_LENGTH) {
            throw new ValidationException(List.of(new FieldError("reason", "lockbox.glass.reasonTooShort",
                    REASON_MIN_LENGTH)));
        }
        Instant now = clock.instant();
        Instant ends = now.plus(GLASS_OPEN_FOR);
        database.run(tx -> {
            repository.insertBreakGlass(tx, clientId, viewer.staffId(), viewer.actor(), kind, why, now, ends);
            audit.recordBreakGlass(tx, Audit.Action.VIEW, CLIENT, clientId);
        });
        return ends;
    }

    /**
     * Ends every break-glass the person acting through {@code viewer} has open, as they sign out (or someone else signs
     * in at their desk): the glass is for this piece of work, not for the next person at the keyboard. The number ended.
     */
    public int endGlass(Access viewer) {
        return database.transaction(tx -> repository.endOpenGlass(tx, viewer.staffId(), viewer.actor(),
                clock.instant()));
    }

    /**
     * For the audit log: is this a view or change of a client's record while the glass of the person acting through
     * {@code session} is open on it?
     */
    public Audit.GlassCheck glassCheck(Access session) {
        return (tx, actor, table, recordId) -> CLIENT.equals(table)
                && repository.glassOpenUntil(tx, recordId, session.staffId(), actor, clock.instant()).isPresent();
    }
}
