package org.linkwell.referrals;

import static org.linkwell.db.Tables.STAFF;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.core.VersionedRows;
import org.linkwell.db.tables.records.StaffRecord;

/** The only code that speaks SQL about staff records. */
public final class StaffRepository {

    public List<StaffMember> findAll(DSLContext dsl) {
        return dsl.selectFrom(STAFF).orderBy(STAFF.NAME).fetch(StaffRepository::toStaff);
    }

    public long insert(DSLContext tx, StaffMember staff, Instant now) {
        StaffRecord row = tx.newRecord(STAFF);
        fill(row, staff);
        row.setCreatedAt(now).setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    public void update(DSLContext tx, StaffMember staff, Instant now) {
        StaffRecord row = tx.newRecord(STAFF);
        fill(row, staff);
        VersionedRows.update(tx, STAFF, row, staff.id(), staff.version(), now);
    }

    public Optional<StaffMember> find(DSLContext dsl, long id) {
        return dsl.selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchOptional().map(StaffRepository::toStaff);
    }

    private static void fill(StaffRecord row, StaffMember s) {
        row.setName(s.name()).setRole(s.role().code()).setDiscipline(s.discipline().map(StaffMember.Discipline::code).orElse(null))
                .setPhone(s.phone().isBlank() ? null : s.phone()).setEmail(s.email().isBlank() ? null : s.email())
                .setActive(s.active());
    }

    private static StaffMember toStaff(StaffRecord r) {
        return new StaffMember(r.getId(), r.getVersion(), r.getName(),
                StaffMember.Role.valueOf(r.getRole().toUpperCase(Locale.ROOT)),
                Optional.ofNullable(r.getDiscipline()).map(StaffMember.Discipline::fromCode),
                r.getPhone() == null ? "" : r.getPhone(), r.getEmail() == null ? "" : r.getEmail(), r.getActive());
    }
}
