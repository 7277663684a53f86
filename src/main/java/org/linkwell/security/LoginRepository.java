package org.linkwell.security;

import static org.linkwell.db.Tables.STAFF_LOGIN;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.db.tables.records.StaffLoginRecord;

/** The only code that speaks SQL about sign-ins. Staff records come from the staff service. */
public final class LoginRepository {

    public int count(DSLContext dsl) {
        return dsl.fetchCount(STAFF_LOGIN);
    }

    Optional<LoginRow> byUsername(DSLContext dsl, String username) {
        return dsl.selectFrom(STAFF_LOGIN).where(STAFF_LOGIN.USERNAME.equalIgnoreCase(username.strip()))
                .fetchOptional().map(LoginRepository::toRow);
    }

    Optional<LoginRow> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(STAFF_LOGIN).where(STAFF_LOGIN.ID.eq(id)).fetchOptional().map(LoginRepository::toRow);
    }

    List<LoginRow> all(DSLContext dsl) {
        return dsl.selectFrom(STAFF_LOGIN).orderBy(STAFF_LOGIN.USERNAME).fetch(LoginRepository::toRow);
    }

    public long insert(DSLContext tx, long staffId, String username, String passwordHash, Instant now) {
        StaffLoginRecord row = tx.newRecord(STAFF_LOGIN);
        row.setStaffId(staffId).setUsername(username.strip()).setPasswordHash(passwordHash)
                .setFailedAttempts(0).setPasswordChangedAt(now).setActive(true).setCreatedAt(now).setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    public void recordFailure(DSLContext tx, long id, int failedAttempts, Optional<Instant> lockEndsAt, Instant now) {
        tx.update(STAFF_LOGIN).set(STAFF_LOGIN.FAILED_ATTEMPTS, failedAttempts)
                .set(STAFF_LOGIN.LOCK_ENDS_AT, lockEndsAt.orElse(null)).set(STAFF_LOGIN.UPDATED_AT, now)
                .where(STAFF_LOGIN.ID.eq(id)).execute();
    }

    public void recordSuccess(DSLContext tx, long id, Instant now) {
        tx.update(STAFF_LOGIN).set(STAFF_LOGIN.FAILED_ATTEMPTS, 0).setNull(STAFF_LOGIN.LOCK_ENDS_AT)
                .set(STAFF_LOGIN.LAST_SIGN_IN_AT, now).set(STAFF_LOGIN.UPDATED_AT, now)
                .where(STAFF_LOGIN.ID.eq(id)).execute();
    }

    public void changePassword(DSLContext tx, long id, String passwordHash, Instant now) {
        tx.update(STAFF_LOGIN).set(STAFF_LOGIN.PASSWORD_HASH, passwordHash).set(STAFF_LOGIN.PASSWORD_CHANGED_AT, now)
                .set(STAFF_LOGIN.FAILED_ATTEMPTS, 0).setNull(STAFF_LOGIN.LOCK_ENDS_AT)
                .set(STAFF_LOGIN.UPDATED_AT, now).set(STAFF_LOGIN.VERSION, STAFF_LOGIN.VERSION.plus(1))
                .where(STAFF_LOGIN.ID.eq(id)).execute();
    }

    public void setActive(DSLContext tx, long id, boolean active, Instant now) {
        tx.update(STAFF_LOGIN).set(STAFF_LOGIN.ACTIVE, active).set(STAFF_LOGIN.UPDATED_AT, now)
                .set(STAFF_LOGIN.VERSION, STAFF_LOGIN.VERSION.plus(1)).where(STAFF_LOGIN.ID.eq(id)).execute();
    }

    private static LoginRow toRow(StaffLoginRecord r) {
        return new LoginRow(r.getId(), r.getVersion(), r.getStaffId(), r.getUsername(), r.getPasswordHash(),
                r.getFailedAttempts(), Optional.ofNullable(r.getLockEndsAt()), Optional.ofNullable(r.getLastSignInAt()),
                r.getActive());
    }
}
