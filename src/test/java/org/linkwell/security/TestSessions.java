package org.linkwell.security;

import java.util.Optional;
import org.linkwell.app.AppContext;
import org.linkwell.referrals.StaffMember;

/** Signs people in for tests: the first administrator, then staff of any role, without a password check each time. */
public final class TestSessions {
    public static final String ADMIN = "admin";
    public static final char[] PASSWORD = "correct horse battery".toCharArray();

    private TestSessions() {
    }

    /** The administrator on a file that has none yet (signed in), else the one there is. */
    public static SignedInUser administrator(AppContext context) {
        SignInService signIn = context.signIn();
        if (signIn.needsFirstAdministrator()) {
            return signIn.createFirstAdministrator("Ada Admin", ADMIN, PASSWORD);
        }
        Login admin = context.database().read(dsl -> new LoginRepository().byUsername(dsl, ADMIN)
                .map(row -> row.toLogin(id -> context.staff().find(dsl, id).orElseThrow()))).orElseThrow();
        SignedInUser user = new SignedInUser(admin.id(), admin.username(), admin.staff());
        signIn.session().start(user);
        return user;
    }

    /** A new staff member of this role with a login (username = {@code username}), signed in. */
    public static SignedInUser signInAs(AppContext context, StaffMember.Role role, String name, String username) {
        SignedInUser admin = administrator(context);
        if (role == StaffMember.Role.ADMINISTRATOR && username.equals(ADMIN)) {
            return admin;
        }
        Login login = context.signIn().createLogin(StaffMember.of(name, role, Optional.empty()), username, PASSWORD);
        SignedInUser user = new SignedInUser(login.id(), login.username(), login.staff());
        switchTo(context.session(), user);
        return user;
    }

    /**
     * A login of this role on the data file (with the administrator, created first if need be), and the environment a
     * headless command reads it from.
     */
    public static java.util.Map<String, String> headlessLogin(java.nio.file.Path db, StaffMember.Role role,
                                                              String username) {
        try (AppContext context = AppContext.open(db, org.linkwell.testing.TestDatabases.CLOCK)) {
            signInAs(context, role, "Test " + role.code(), username);
        }
        return java.util.Map.of(org.linkwell.app.HeadlessSignIn.USER, username,
                org.linkwell.app.HeadlessSignIn.PASSWORD, new String(PASSWORD));
    }

    /** Makes {@code user} the person signed in (as a real sign-in would, without hashing the password again). */
    public static void switchTo(Session session, SignedInUser user) {
        session.start(user);
    }
}
