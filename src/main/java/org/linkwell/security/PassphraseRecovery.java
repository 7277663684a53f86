package org.linkwell.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.KeyFile;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffService;

/**
 * The setup passphrase is the recovery key: with it an administrator who forgot their password (or whose
 * password has no key slot yet) chooses a new one and is signed in. The passphrase is checked here against
 * the key file, so this cannot be used without it.
 */
public final class PassphraseRecovery {
    private static final String TABLE = "staff_login";

    private final Database database;
    private final LoginRepository logins;
    private final StaffService staff;
    private final Session session;
    private final Audit audit;
    private final java.time.Clock clock;
    private final LoginKeySlots keySlots;

    public PassphraseRecovery(Database database, LoginRepository logins, StaffService staff, Session session,
                              Audit audit, java.time.Clock clock) {
        this.database = database;
        this.logins = logins;
        this.staff = staff;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.keySlots = LoginKeySlots.of(database);
    }

    public SignedInUser resetAdministrator(char[] passphrase, String username, char[] newPassword) {
        boolean passphraseOpens = database.key().isPresent() && KeyFile.beside(database.file())
                .unlockWithPassphrase(passphrase).filter(key -> key.equals(database.key().get())).isPresent();
        if (!passphraseOpens) {
            throw new ValidationException(List.of(new FieldError("passphrase", "recovery.wrongPassphrase")));
        }
        List<FieldError> problems = new ArrayList<>();
        Passwords.problem(newPassword).ifPresent(key -> problems.add(new FieldError("password", key,
                Passwords.MIN_LENGTH)));
        Instant now = clock.instant();
        SignedInUser user;
        try {
            user = database.transaction(tx -> {
            Login login = logins.byUsername(tx, username).map(row -> row.toLogin(id -> staff.find(tx, id).orElseThrow()))
                    .filter(found -> found.active() && found.staff().active()
                            && found.staff().role() == StaffMember.Role.ADMINISTRATOR)
                    .orElse(null);
            if (login == null) {
                problems.add(0, new FieldError("username", "recovery.notAdministrator"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            SignedInUser admin = new SignedInUser(login.id(), login.username(), login.staff());
            session.start(admin);
            logins.changePassword(tx, login.id(), Passwords.hash(newPassword), now);
            logins.recordSuccess(tx, login.id(), now);
            audit.record(tx, Audit.Action.UPDATE, TABLE, login.id());
            keySlots.passwordSet(login.username(), newPassword);
            return admin;
            });
        } catch (RuntimeException refused) {
            session.end();
            throw refused;
        }
        return user;
    }
}
