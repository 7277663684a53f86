package org.linkwell.security;

import org.linkwell.core.Permission;
import org.linkwell.core.NotAllowedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffService;

/**
 * Signing in and out, the first administrator, and logins for staff. Five wrong passwords in a row lock a
 * login for 15 minutes (as trusted EMRs do); the lock counts for the screen lock's password too.
 */
public final class SignInService {
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    private static final String TABLE = "staff_login";
    /** Checked against when the name is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH = Passwords.hash("not-a-real-password".toCharArray());

    private final Database database;
    private final LoginRepository logins;
    private final StaffService staff;
    private final Session session;
    private final Audit audit;
    private final Clock clock;
    private final LoginKeySlots keySlots;

    public SignInService(Database database, LoginRepository logins, StaffService staff, Session session, Audit audit,
                         Clock clock, LoginKeySlots keySlots) {
        this.keySlots = keySlots;
        this.database = database;
        this.logins = logins;
        this.staff = staff;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public Session session() {
        return session;
    }

    /** True on a new install: nobody can sign in yet, so the first person sets up the administrator. */
    public boolean needsFirstAdministrator() {
        return database.read(logins::count) == 0;
    }

    public SignedInUser createFirstAdministrator(String name, String username, char[] password) {
        SignedInUser admin = database.transaction(tx -> {
            if (logins.count(tx) > 0) {
                throw new NotAllowedException(Permission.ADMINISTRATION);
            }
            return addLogin(tx, StaffMember.of(name.strip(), StaffMember.Role.ADMINISTRATOR, Optional.empty()),
                    username, password);
        });
        session.start(admin);
        return admin;
    }

    public SignInResult signIn(String username, char[] password) {
        Instant now = clock.instant();
        SignInResult result = database.transaction(tx -> {
            Optional<LoginRow> found = logins.byUsername(tx, username);
            if (found.isEmpty()) {
                Passwords.matches(password, DUMMY_HASH);
                return SignInResult.wrong(MAX_ATTEMPTS);
            }
            return check(tx, found.get(), password, now);
        });
        result.user().ifPresent(session::begin);
        return result;
    }

    /** The screen lock: only the person signed in can take the screen back. */
    public SignInResult unlock(char[] password) {
        SignedInUser user = session.user().orElseThrow(() -> new NotAllowedException(Permission.CLIENT_CONTACT));
        Instant now = clock.instant();
        SignInResult result = database.transaction(tx -> check(tx, logins.byId(tx, user.loginId()).orElseThrow(),
                password, now));
        if (result.outcome() == SignInResult.Outcome.LOCKED || result.outcome() == SignInResult.Outcome.INACTIVE) {
            session.end();
        }
        return result;
    }

    private SignInResult check(DSLContext tx, LoginRow row, char[] password, Instant now) {
        Login login = row.toLogin(id -> staffMember(tx, id));
        if (!login.active() || !login.staff().active()) {
            return SignInResult.inactive();
        }
        if (login.isLockedAt(now)) {
            return SignInResult.locked(login.lockEndsAt().orElseThrow());
        }
        if (Passwords.matches(password, row.passwordHash())) {
            logins.recordSuccess(tx, login.id(), now);
            return SignInResult.signedIn(new SignedInUser(login.id(), login.username(), login.staff()));
        }
        // A lock that has run out starts a fresh count.
        int failures = (login.lockEndsAt().isPresent() ? 0 : login.failedAttempts()) + 1;
        if (failures >= MAX_ATTEMPTS) {
            Instant until = now.plus(LOCK_TIME);
            logins.recordFailure(tx, login.id(), 0, Optional.of(until), now);
            return SignInResult.locked(until);
        }
        logins.recordFailure(tx, login.id(), failures, Optional.empty(), now);
        return SignInResult.wrong(MAX_ATTEMPTS - failures);
    }

    public void signOut() {
        session.end();
    }

    /**
     * The person signed in chooses a new password: the current one is checked like a sign-in (a wrong one counts
     * toward the lock-out), then the hash and their key slot (on an encrypted file) change together.
     */
    public SignInResult changeOwnPassword(char[] current, char[] chosen, char[] again) {
        SignedInUser me = session.user().orElseThrow(() -> new NotAllowedException(Permission.CLIENT_CONTACT));
        List<FieldError> problems = new ArrayList<>();
        if (current.length == 0) {
            problems.add(new FieldError("currentPassword", "validation.required"));
        }
        Passwords.problem(chosen).ifPresent(key -> problems.add(new FieldError("newPassword", key, Passwords.MIN_LENGTH)));
        if (problems.isEmpty() && Arrays.equals(current, chosen)) {
            problems.add(new FieldError("newPassword", "account.password.same"));
        }
        if (!Arrays.equals(chosen, again)) {
            problems.add(new FieldError("newPasswordAgain", "setup.passwordsDiffer"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = clock.instant();
        SignInResult result = database.transaction(tx -> {
            SignInResult checked = check(tx, logins.byId(tx, me.loginId()).orElseThrow(), current, now);
            if (checked.outcome() == SignInResult.Outcome.SIGNED_IN) {
                logins.changePassword(tx, me.loginId(), Passwords.hash(chosen), now);
                audit.record(tx, Audit.Action.UPDATE, TABLE, me.loginId());
                keySlots.passwordSet(me.username(), chosen);
            }
            return checked;
        });
        if (result.outcome() == SignInResult.Outcome.LOCKED || result.outcome() == SignInResult.Outcome.INACTIVE) {
            session.end();
        }
        return result;
    }

    /** Administrators give a staff member a login; the staff record is created with it when new. */
    public Login createLogin(StaffMember member, String username, char[] password) {
        session.require(Permission.ADMINISTRATION);
        return database.transaction(tx -> {
            SignedInUser created = addLogin(tx, member, username, password);
            return find(tx, created.loginId());
        });
    }

    public List<Login> logins() {
        session.require(Permission.ADMINISTRATION);
        return database.read(dsl -> logins.all(dsl).stream()
                .map(row -> row.toLogin(id -> staffMember(dsl, id))).toList());
    }

    public void resetPassword(long loginId, char[] password) {
        session.require(Permission.ADMINISTRATION);
        requireGoodPassword(password);
        database.run(tx -> {
            logins.changePassword(tx, loginId, Passwords.hash(password), clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, loginId);
            keySlots.passwordSet(logins.byId(tx, loginId).orElseThrow().username(), password);
        });
    }

    /** Also lifts a lock-out: an administrator vouches for the person. */
    public void unlockLogin(long loginId) {
        session.require(Permission.ADMINISTRATION);
        database.run(tx -> {
            logins.recordFailure(tx, loginId, 0, Optional.empty(), clock.instant());
            audit.record(tx, Audit.Action.UPDATE, TABLE, loginId);
        });
    }

    public void setActive(long loginId, boolean active) {
        SignedInUser admin = session.requireUser(Permission.ADMINISTRATION);
        if (!active && admin.loginId() == loginId) {
            throw new ValidationException(List.of(new FieldError("active", "signin.cannotDeactivateSelf")));
        }
        database.run(tx -> {
            logins.setActive(tx, loginId, active, clock.instant());
            audit.record(tx, active ? Audit.Action.REOPEN : Audit.Action.CLOSE, TABLE, loginId);
            if (!active) {
                keySlots.loginSwitchedOff(logins.byId(tx, loginId).orElseThrow().username());
            }
        });
    }

    private SignedInUser addLogin(DSLContext tx, StaffMember member, String username, char[] password) {
        List<FieldError> problems = new ArrayList<>();
        if (member.name().isBlank()) {
            problems.add(new FieldError("name", "validation.required"));
        }
        if (username.isBlank()) {
            problems.add(new FieldError("username", "validation.required"));
        } else if (logins.byUsername(tx, username).isPresent()) {
            problems.add(new FieldError("username", "signin.username.taken", username.strip()));
        }
        Passwords.problem(password).ifPresent(key -> problems.add(new FieldError("password", key, Passwords.MIN_LENGTH)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        StaffMember saved = member.id() == 0 ? staff.insert(tx, member) : member;
        long id = logins.insert(tx, saved.id(), username, Passwords.hash(password), clock.instant());
        audit.record(tx, Audit.Action.CREATE, TABLE, id);
        keySlots.passwordSet(username.strip(), password);
        return new SignedInUser(id, username.strip(), saved);
    }

    private void requireGoodPassword(char[] password) {
        Passwords.problem(password).ifPresent(key -> {
            throw new ValidationException(List.of(new FieldError("password", key, Passwords.MIN_LENGTH)));
        });
    }

    private Login find(DSLContext dsl, long loginId) {
        return logins.byId(dsl, loginId).orElseThrow().toLogin(id -> staffMember(dsl, id));
    }

    private StaffMember staffMember(DSLContext dsl, long staffId) {
        return staff.find(dsl, staffId).orElseThrow();
    }
}
