package org.linkwell.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.app.EncryptedStart;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignInResult.Outcome;
import org.linkwell.testing.MovingClock;
import org.linkwell.testing.TestDatabases;

/** Any signed-in person changes their own password: checked like a sign-in, and on an encrypted file it opens it. */
class ChangeOwnPasswordTest {
    private static final char[] OLD = "walking group 2026".toCharArray();
    private static final char[] NEW = "garden club on tuesdays".toCharArray();

    @TempDir
    Path folder;
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-24T15:00:00Z"));
    private AppContext context;
    private SignInService signIn;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("clinic.db"), clock);
        signIn = context.signIn();
        signIn.createFirstAdministrator("Amina Diallo", "amina", "correct horse battery".toCharArray());
        signIn.createLogin(StaffMember.of("Rosa Front", StaffMember.Role.RECEPTION, Optional.empty()), "rosa", OLD);
        signIn.signOut();
        assertEquals(Outcome.SIGNED_IN, signIn.signIn("rosa", OLD).outcome());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void success_theOldPasswordNoLongerSignsIn_theNewOneDoes_andTheAuditLogSaysSoWithoutIt() {
        assertEquals(Outcome.SIGNED_IN, signIn.changeOwnPassword(OLD, NEW, NEW.clone()).outcome());
        assertEquals(Optional.of("rosa"), signIn.session().user().map(SignedInUser::username), "still signed in");

        signIn.signOut();
        assertEquals(Outcome.WRONG_NAME_OR_PASSWORD, signIn.signIn("rosa", OLD).outcome());
        assertEquals(Outcome.SIGNED_IN, signIn.signIn("rosa", NEW).outcome());
        List<String> audit = context.database().read(dsl -> dsl.fetch(
                "SELECT actor || ' ' || action || ' ' || table_name FROM audit_event").getValues(0, String.class));
        assertTrue(audit.contains("rosa update staff_login"), audit.toString());
    }

    @Test
    void aWrongCurrentPassword_isRefused_andCountsTowardTheLockOut() {
        SignInResult first = signIn.changeOwnPassword("a wrong guess here".toCharArray(), NEW, NEW.clone());
        assertEquals(Outcome.WRONG_NAME_OR_PASSWORD, first.outcome());
        assertEquals(SignInService.MAX_ATTEMPTS - 1, first.attemptsLeft());
        // Sign-in's count and this one are the same count.
        signIn.signOut();
        assertEquals(SignInService.MAX_ATTEMPTS - 2, signIn.signIn("rosa", "another guess".toCharArray()).attemptsLeft());
        assertEquals(Outcome.SIGNED_IN, signIn.signIn("rosa", OLD).outcome());

        SignInResult last = null;
        for (int i = 0; i < SignInService.MAX_ATTEMPTS; i++) {
            last = signIn.changeOwnPassword(("wrong guess " + i).toCharArray(), NEW, NEW.clone());
        }

        assertEquals(Outcome.LOCKED, last.outcome());
        assertTrue(signIn.session().user().isEmpty(), "locked out: signed out");
        assertEquals(Outcome.LOCKED, signIn.signIn("rosa", OLD).outcome());
        assertEquals(Outcome.LOCKED, signIn.signIn("rosa", NEW).outcome(), "and the password did not change");
    }

    @Test
    void newPasswordsThatDiffer_orTooShort_areRefusedNamingTheField_andNothingChanges() {
        ValidationException differ = assertThrows(ValidationException.class,
                () -> signIn.changeOwnPassword(OLD, NEW, "garden club on mondays".toCharArray()));
        assertEquals(List.of("newPasswordAgain"), differ.errors().stream().map(e -> e.field()).toList());
        ValidationException tooShort = assertThrows(ValidationException.class,
                () -> signIn.changeOwnPassword(OLD, "short".toCharArray(), "short".toCharArray()));
        assertEquals("newPassword", tooShort.errors().get(0).field());
        assertEquals("signin.password.tooShort", tooShort.errors().get(0).messageKey());
        ValidationException same = assertThrows(ValidationException.class,
                () -> signIn.changeOwnPassword(OLD, OLD.clone(), OLD.clone()));
        assertEquals("account.password.same", same.errors().get(0).messageKey());
        ValidationException noCurrent = assertThrows(ValidationException.class,
                () -> signIn.changeOwnPassword(new char[0], NEW, NEW.clone()));
        assertEquals("currentPassword", noCurrent.errors().get(0).field());

        signIn.signOut();
        assertEquals(Outcome.SIGNED_IN, signIn.signIn("rosa", OLD).outcome(), "no refusal counted as a wrong try");
        assertEquals(SignInService.MAX_ATTEMPTS - 1, signIn.signIn("rosa", "guess".toCharArray()).attemptsLeft());
    }

    @Test
    void nobodySignedIn_isRefused() {
        signIn.signOut();
        assertThrows(NotAllowedException.class, () -> signIn.changeOwnPassword(OLD, NEW, NEW.clone()));
    }

    @Test
    void onAnEncryptedFile_theNewPasswordOpensIt_andTheOldOneNoLonger() {
        Path encrypted = folder.resolve("encrypted.db");
        EncryptedStart start = new EncryptedStart(encrypted, TestDatabases.CLOCK);
        start.create("Amina Diallo", "amina", "correct horse battery".toCharArray(),
                "river stones and maple leaves".toCharArray());
        try (AppContext open = start.context().orElseThrow()) {
            open.signIn().createLogin(StaffMember.of("Rosa Front", StaffMember.Role.RECEPTION, Optional.empty()),
                    "rosa", OLD);
            open.signIn().signOut();
            assertEquals(Outcome.SIGNED_IN, open.signIn().signIn("rosa", OLD).outcome());
            assertEquals(Outcome.SIGNED_IN, open.signIn().changeOwnPassword(OLD, NEW, NEW.clone()).outcome());
        }

        assertEquals(Outcome.WRONG_NAME_OR_PASSWORD,
                new EncryptedStart(encrypted, TestDatabases.CLOCK).signIn("rosa", OLD).outcome());
        EncryptedStart again = new EncryptedStart(encrypted, TestDatabases.CLOCK);
        assertEquals(Outcome.SIGNED_IN, again.signIn("rosa", NEW).outcome());
        try (AppContext open = again.context().orElseThrow()) {
            assertEquals("rosa", open.signIn().session().actor());
            assertFalse(open.signIn().session().may(org.linkwell.core.Permission.CLIENT_RECORD));
        }
    }
}
