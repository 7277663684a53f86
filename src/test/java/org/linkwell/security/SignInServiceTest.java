package org.linkwell.security;

import org.linkwell.core.NotAllowedException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignInResult.Outcome;
import org.linkwell.testing.MovingClock;

/** The first administrator, signing in, lock-out after five wrong passwords, the screen lock, logins for staff. */
class SignInServiceTest {
    private static final char[] ADMIN_PASSWORD = "correct horse battery".toCharArray();
    private static final char[] NAVIGATOR_PASSWORD = "walking group 2026".toCharArray();

    @TempDir
    Path folder;
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-24T15:00:00Z"));
    private AppContext context;
    private SignInService signIn;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("clinic.db"), clock);
        signIn = context.signIn();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void newInstall_asksForTheFirstAdministrator_once() {
        assertTrue(signIn.needsFirstAdministrator());

        SignedInUser admin = signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);

        assertEquals(StaffMember.Role.ADMINISTRATOR, admin.staff().role());
        assertEquals(Optional.of(admin), signIn.session().user());
        assertFalse(signIn.needsFirstAdministrator());
        assertThrows(NotAllowedException.class,
                () -> signIn.createFirstAdministrator("Someone Else", "other", ADMIN_PASSWORD));
    }

    @Test
    void signIn_withTheRightPassword_startsTheSession_andTheAuditLogNamesThePerson() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        signIn.signOut();
        assertEquals(Session.NOBODY, signIn.session().actor());

        SignInResult result = signIn.signIn("AMINA", ADMIN_PASSWORD);

        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals("amina", signIn.session().actor());
        context.clients().create(org.linkwell.testing.TestClients.draft("Ana", "Lopez", "C-1",
                java.time.LocalDate.of(1970, 1, 1)));
        List<String> actors = context.database().read(dsl -> dsl.fetchValues(
                "SELECT actor FROM audit_event WHERE table_name = 'client'").stream().map(Object::toString).toList());
        assertEquals(List.of("amina"), actors);
    }

    @Test
    void fiveWrongPasswords_lockTheLoginForFifteenMinutes() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        signIn.signOut();

        for (int left = 4; left >= 1; left--) {
            SignInResult wrong = signIn.signIn("amina", "guess".toCharArray());
            assertEquals(Outcome.WRONG_NAME_OR_PASSWORD, wrong.outcome());
            assertEquals(left, wrong.attemptsLeft());
        }
        SignInResult fifth = signIn.signIn("amina", "guess".toCharArray());
        assertEquals(Outcome.LOCKED, fifth.outcome());
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(15))), fifth.lockedUntil());

        clock.advance(Duration.ofMinutes(14));
        assertEquals(Outcome.LOCKED, signIn.signIn("amina", ADMIN_PASSWORD).outcome(), "even the right password waits");
        assertTrue(signIn.session().user().isEmpty());

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Outcome.SIGNED_IN, signIn.signIn("amina", ADMIN_PASSWORD).outcome());
    }

    @Test
    void aLockThatRanOut_startsAFreshCount() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        for (int i = 0; i < 5; i++) {
            signIn.signIn("amina", "guess".toCharArray());
        }
        clock.advance(Duration.ofMinutes(16));

        assertEquals(4, signIn.signIn("amina", "guess".toCharArray()).attemptsLeft());
    }

    @Test
    void unknownName_looksLikeAWrongPassword() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);

        SignInResult result = signIn.signIn("nobody", ADMIN_PASSWORD);

        assertEquals(Outcome.WRONG_NAME_OR_PASSWORD, result.outcome());
        assertEquals(SignInService.MAX_ATTEMPTS, result.attemptsLeft());
    }

    @Test
    void administrator_givesANavigatorALogin_whoCannotManageLogins() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        Login login = signIn.createLogin(StaffMember.of("Luc Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty()),
                "luc", NAVIGATOR_PASSWORD);
        assertEquals("Luc Tremblay", login.staff().name());
        assertTrue(context.staff().all().stream().anyMatch(s -> s.name().equals("Luc Tremblay")));

        signIn.signOut();
        assertEquals(Outcome.SIGNED_IN, signIn.signIn("luc", NAVIGATOR_PASSWORD).outcome());

        assertThrows(NotAllowedException.class, signIn::logins);
        assertThrows(NotAllowedException.class, () -> signIn.createLogin(
                StaffMember.of("Eve", StaffMember.Role.ADMINISTRATOR, Optional.empty()), "eve", NAVIGATOR_PASSWORD));
    }

    @Test
    void newLogin_withATakenNameAndAShortPassword_isRefusedNamingBothFields_andNothingIsSaved() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        int staffBefore = context.staff().all().size();

        ValidationException refused = assertThrows(ValidationException.class, () -> signIn.createLogin(
                StaffMember.of("Luc Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty()), "Amina", "short".toCharArray()));

        assertEquals(List.of("username", "password"), refused.errors().stream().map(e -> e.field()).toList());
        assertEquals(staffBefore, context.staff().all().size());
    }

    @Test
    void deactivatedLogin_cannotSignIn_andAnAdministratorCannotDeactivateThemselves() {
        SignedInUser admin = signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        Login luc = signIn.createLogin(StaffMember.of("Luc Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty()),
                "luc", NAVIGATOR_PASSWORD);

        signIn.setActive(luc.id(), false);
        assertThrows(ValidationException.class, () -> signIn.setActive(admin.loginId(), false));
        signIn.signOut();

        assertEquals(Outcome.INACTIVE, signIn.signIn("luc", NAVIGATOR_PASSWORD).outcome());
    }

    @Test
    void screenLock_takesOnlyTheSignedInPersonsPassword_andFiveFailuresSignThemOut() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);

        assertEquals(Outcome.WRONG_NAME_OR_PASSWORD, signIn.unlock("guess".toCharArray()).outcome());
        assertEquals(Outcome.SIGNED_IN, signIn.unlock(ADMIN_PASSWORD).outcome());
        for (int i = 0; i < 5; i++) {
            signIn.unlock("guess".toCharArray());
        }
        assertTrue(signIn.session().user().isEmpty());
        assertEquals(Outcome.LOCKED, signIn.signIn("amina", ADMIN_PASSWORD).outcome());
    }

    @Test
    void administratorUnlock_liftsALockOut() {
        signIn.createFirstAdministrator("Amina Diallo", "amina", ADMIN_PASSWORD);
        Login luc = signIn.createLogin(StaffMember.of("Luc Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty()),
                "luc", NAVIGATOR_PASSWORD);
        SignedInUser admin = signIn.session().user().orElseThrow();
        for (int i = 0; i < 5; i++) {
            signIn.signIn("luc", "guess".toCharArray());
        }
        signIn.session().start(admin);

        signIn.unlockLogin(luc.id());

        assertEquals(Outcome.SIGNED_IN, signIn.signIn("luc", NAVIGATOR_PASSWORD).outcome());
    }
}
