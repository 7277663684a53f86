package org.linkwell.lockbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.BREAK_GLASS_ACCESS;
import static org.linkwell.db.Tables.BREAK_GLASS_END;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.SignInResult;
import org.linkwell.security.SignInService;
import org.linkwell.testing.MovingClock;
import org.linkwell.testing.TestClients;

/** A break-glass is the person's, by staff record, and ends when they sign out or someone else signs in. */
class BreakGlassEndTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path folder;
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-24T15:00:00Z"));
    private AppContext context;
    private SignInService signIn;
    private LockboxService lockbox;
    private long clientId;
    private long adminStaffId;

    @BeforeEach
    void setUp() {
        context = AppContext.open(folder.resolve("glass.db"), clock);
        signIn = context.signIn();
        adminStaffId = signIn.createFirstAdministrator("Amina Diallo", "amina", PASSWORD).staff().id();
        signIn.createLogin(StaffMember.of("Luc Tremblay", StaffMember.Role.MANAGER, Optional.empty()), "luc", PASSWORD);
        lockbox = context.lockbox();
        clientId = context.clients().create(TestClients.draft("Amara", "Diallo", "C-1", LocalDate.of(1970, 1, 2))).id();
        lockbox.add(clientId, RecordPart.WHOLE_RECORD, Optional.empty(), context.session());
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private boolean glassOpen() {
        return lockbox.withheld(clientId, context.session()).glassOpenUntil().isPresent();
    }

    @Test
    void signingOut_endsTheGlass_andSigningBackInWithinTheHourDoesNotReopenIt() {
        lockbox.breakGlass(clientId, BreakGlassKind.EMERGENCY, "Client collapsed in the waiting room", context.session());
        assertTrue(glassOpen());

        signIn.signOut();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.signIn("amina", PASSWORD).outcome());

        assertFalse(glassOpen(), "the glass closed at sign-out");
        assertTrue(lockbox.withheld(clientId, context.session()).wholeRecord());
        assertEquals(Integer.valueOf(1), context.database().read(dsl -> dsl.fetchCount(BREAK_GLASS_END)));
        assertEquals(Integer.valueOf(1), context.database().read(dsl -> dsl.fetchCount(BREAK_GLASS_ACCESS)),
                "the access stays on record");
    }

    @Test
    void someoneElseSigningInAtTheDesk_endsTheGlassOfThePersonBefore() {
        lockbox.breakGlass(clientId, BreakGlassKind.SAFETY, "Client says they are not safe at home", context.session());

        // The screen lock's "someone else": the next person signs in over the idle session.
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.signIn("luc", PASSWORD).outcome());
        assertFalse(glassOpen(), "not the new person's glass");
        signIn.signOut();
        signIn.signIn("amina", PASSWORD);

        assertFalse(glassOpen(), "and the first person's glass ended when the other person signed in");
    }

    @Test
    void theScreenLocksOwnPassword_keepsTheGlassOpen() {
        lockbox.breakGlass(clientId, BreakGlassKind.CONTINUITY, "Covering for a navigator on leave", context.session());

        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.unlock(PASSWORD).outcome());

        assertTrue(glassOpen(), "the same person took their screen back: the same piece of work");
    }

    @Test
    void theGlassBelongsToTheStaffRecord_notToTheUserName() {
        lockbox.breakGlass(clientId, BreakGlassKind.LEGAL, "Court order for the records today", context.session());
        long otherStaffId = context.staff().save(StaffMember.of("Sam Other", StaffMember.Role.NAVIGATOR,
                Optional.empty())).id();

        assertTrue(lockbox.withheld(clientId, Viewers.staff("renamed", adminStaffId)).glassOpenUntil().isPresent(),
                "the same person under another name");
        assertTrue(lockbox.withheld(clientId, Viewers.staff("amina", otherStaffId)).wholeRecord(),
                "another staff member with that user name gets nothing");
    }

    @Test
    void endRows_cannotBeEditedOrDeleted() {
        lockbox.breakGlass(clientId, BreakGlassKind.OTHER, "Client asked us to check a date", context.session());
        signIn.signOut();

        assertThrows(RuntimeException.class, () -> context.database().run(tx -> tx.deleteFrom(BREAK_GLASS_END).execute()));
        assertThrows(RuntimeException.class, () -> context.database().run(tx ->
                tx.update(BREAK_GLASS_END).set(BREAK_GLASS_END.ENDED_AT, clock.instant().plusSeconds(3600)).execute()));
    }
}
