package org.linkwell.referrals;

import java.time.Clock;
import java.util.List;
import org.linkwell.core.Access;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * The staff directory: prescribers and navigators as records. Everyone signed in reads it (names and roles of
 * colleagues, no client's data); navigators and managers add people, e.g. an outside prescriber who refers.
 */
public final class StaffService {
    private final Database database;
    private final StaffRepository staff;
    private final Clock clock;
    private final Access access;

    public StaffService(Database database, StaffRepository staff, Clock clock, Access access) {
        this.database = database;
        this.staff = staff;
        this.clock = clock;
        this.access = access;
    }

    public List<StaffMember> all() {
        return database.read(staff::findAll);
    }

    public List<StaffMember> active(StaffMember.Role role) {
        return all().stream().filter(s -> s.active() && s.role() == role).toList();
    }

    /** One staff record, inside a caller's transaction. */
    public java.util.Optional<StaffMember> find(org.jooq.DSLContext dsl, long id) {
        return staff.find(dsl, id);
    }

    /** Adds a staff member inside a caller's transaction (a login is created with its staff record). */
    public StaffMember insert(org.jooq.DSLContext tx, StaffMember member) {
        requireName(member);
        return staff.find(tx, staff.insert(tx, member, clock.instant())).orElseThrow();
    }

    private static void requireName(StaffMember member) {
        if (member.name().isBlank()) {
            throw new ValidationException(List.of(new FieldError("name", "validation.required")));
        }
    }

    public StaffMember save(StaffMember member) {
        access.require(Permission.JOURNEY_WORK);
        requireName(member);
        return database.transaction(tx -> {
            long id = member.id();
            if (id == 0) {
                id = staff.insert(tx, member, clock.instant());
            } else {
                staff.update(tx, member, clock.instant());
            }
            return staff.find(tx, id).orElseThrow();
        });
    }
}
