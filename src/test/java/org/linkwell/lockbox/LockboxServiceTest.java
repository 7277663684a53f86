package org.linkwell.lockbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.linkwell.db.Tables.BREAK_GLASS_ACCESS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.core.Access;
import org.linkwell.core.AuditChain;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.Permission;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.StaffMember;
import org.linkwell.testing.MovingClock;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

class LockboxServiceTest {
    static final String REASON = "Client in crisis, prescriber needs the notes now";

    @TempDir
    Path folder;
    MovingClock clock = new MovingClock(Instant.parse("2026-11-24T15:00:00Z"));
    AppContext context;
    LockboxService lockbox;
    long clientId;
    long otherClientId;
    Access navigator;
    Access prescriber;

    @BeforeEach
    void setUp() {
        context = TestDatabases.trusted(AppContext.open(folder.resolve("lockbox.db"), clock));
        lockbox = context.lockbox();
        clientId = context.clients().create(TestClients.draft("Amara", "Diallo", "C-1", LocalDate.of(1970, 1, 2))).id();
        otherClientId = context.clients().create(TestClients.draft("Ben", "Roy", "C-2", LocalDate.of(1980, 3, 4))).id();
        long navigatorId = context.staff().save(StaffMember.of("Sam Tremblay", StaffMember.Role.NAVIGATOR,
                Optional.empty())).id();
        long prescriberId = context.staff().save(StaffMember.of("Dr. Ada Osei", StaffMember.Role.PRESCRIBER,
                Optional.empty())).id();
        // The audit log names whoever the session says; no one is signed in here, so views are "local"'s.
        navigator = Viewers.staff("local", navigatorId);
        prescriber = Viewers.staff("ada", prescriberId);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void directiveFromEveryone_hidesThePartFromEveryStaffMember() {
        lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), navigator);

        for (Access viewer : List.of(navigator, prescriber, Access.everything("job"))) {
            Withheld withheld = lockbox.withheld(clientId, viewer);
            assertTrue(withheld.notes(), viewer.actor());
            assertFalse(withheld.surveys() || withheld.equity() || withheld.wholeRecord());
        }
        assertEquals(Withheld.NOTHING, lockbox.withheld(otherClientId, prescriber), "other clients are not touched");
    }

    @Test
    void directiveFromANamedStaffMember_hidesThePartFromThemOnly() {
        lockbox.add(clientId, RecordPart.SURVEYS, prescriber.staffId(), navigator);

        assertTrue(lockbox.withheld(clientId, prescriber).surveys());
        assertEquals(Withheld.NOTHING, lockbox.withheld(clientId, navigator));
        assertEquals(Withheld.NOTHING, lockbox.withheld(clientId, Access.everything("job")));
    }

    @Test
    void wholeRecord_hidesEveryPart_andMarksTheClientInLists() {
        lockbox.add(clientId, RecordPart.WHOLE_RECORD, Optional.empty(), navigator);

        Withheld withheld = lockbox.withheld(clientId, prescriber);
        assertTrue(withheld.notes() && withheld.surveys() && withheld.equity() && withheld.wholeRecord());
        assertEquals(Set.of(clientId), lockbox.wholeRecordWithheld(List.of(clientId, otherClientId), prescriber));
        assertEquals(Set.of(clientId), lockbox.clientsWithholding(RecordPart.WHOLE_RECORD));
    }

    @Test
    void lists_knowWhoWithholdsTheirNotes_directlyOrWithTheWholeRecord_fromThisViewerOnly() {
        long thirdClientId = context.clients().create(TestClients.draft("Chloé", "Lavoie", "C-3",
                LocalDate.of(1990, 5, 6))).id();
        lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), navigator);
        lockbox.add(otherClientId, RecordPart.WHOLE_RECORD, Optional.empty(), navigator);
        lockbox.add(thirdClientId, RecordPart.NOTES, navigator.staffId(), navigator);

        List<Long> all = List.of(clientId, otherClientId, thirdClientId);
        assertEquals(Set.of(clientId, otherClientId), lockbox.withholding(all, RecordPart.NOTES, prescriber));
        assertEquals(Set.of(otherClientId), lockbox.withholding(all, RecordPart.SURVEYS, prescriber));
        assertEquals(Set.of(otherClientId), lockbox.withholding(all, RecordPart.WHOLE_RECORD, prescriber));
    }

    @Test
    void withdrawing_liftsTheDirective_andKeepsItOnRecord() {
        Directive directive = lockbox.add(clientId, RecordPart.EQUITY, Optional.empty(), navigator);

        Directive withdrawn = lockbox.withdraw(directive.id(), directive.version(), navigator);

        assertFalse(withdrawn.isActive());
        assertEquals("local", withdrawn.withdrawnBy());
        assertEquals(Optional.of(clock.instant()), withdrawn.withdrawnAt());
        assertEquals(Withheld.NOTHING, lockbox.withheld(clientId, prescriber));
        assertEquals(List.of(withdrawn), lockbox.directives(clientId, navigator), "the row stays, withdrawn");
        assertThrows(StaleRecordException.class, () -> lockbox.withdraw(directive.id(), directive.version(), navigator),
                "a second withdrawal from the same version is refused");
    }

    @Test
    void theStaffMemberNamed_cannotWithdrawTheDirectiveThemselves() {
        Directive directive = lockbox.add(clientId, RecordPart.NOTES, prescriber.staffId(), navigator);

        assertThrows(ValidationException.class, () -> lockbox.withdraw(directive.id(), directive.version(), prescriber));
        assertTrue(lockbox.withheld(clientId, prescriber).notes());
    }

    @Test
    void recordingADirective_needsPermissionToSeeTheRecord_andIsNotDoubled() {
        Access reception = Viewers.staff("rita", 99, Permission.CLIENT_CONTACT);
        assertThrows(NotAllowedException.class,
                () -> lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), reception));
        lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), navigator);
        assertThrows(ValidationException.class,
                () -> lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), navigator));
        assertEquals(1, lockbox.directives(clientId, navigator).size());
    }

    @Test
    void directives_areAuditedAsChangesToTheClientsRecord() {
        Directive directive = lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), navigator);
        lockbox.withdraw(directive.id(), directive.version(), navigator);

        List<String> rows = context.database().read(dsl -> dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.TABLE_NAME,
                        AUDIT_EVENT.RECORD_ID).from(AUDIT_EVENT).where(AUDIT_EVENT.TABLE_NAME.in("client",
                        LockboxService.TABLE).and(AUDIT_EVENT.ACTION.ne("create").or(AUDIT_EVENT.TABLE_NAME.ne("client"))))
                .orderBy(AUDIT_EVENT.ID).fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()));
        assertEquals(List.of("create lockbox_directive " + directive.id(), "update client " + clientId,
                "update lockbox_directive " + directive.id(), "update client " + clientId), rows);
    }

    @Test
    void breakingTheGlass_needsAKindAndAReasonOfTenCharacters() {
        lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), navigator);
        long auditRows = auditRows();

        for (String reason : new String[] {null, "", "   urgent  ", "123456789"}) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> lockbox.breakGlass(clientId, BreakGlassKind.EMERGENCY, reason, navigator));
            assertEquals("reason", refused.errors().get(0).field());
        }
        assertThrows(ValidationException.class, () -> lockbox.breakGlass(clientId, null, REASON, navigator));

        assertEquals(0, (int) context.database().read(dsl -> dsl.fetchCount(BREAK_GLASS_ACCESS)), "nothing half-saved");
        assertEquals(auditRows, auditRows());
        assertTrue(lockbox.withheld(clientId, navigator).notes());
    }

    @Test
    void breakingTheGlass_opensTheRecordToThatViewerForAnHourOnly() {
        lockbox.add(clientId, RecordPart.WHOLE_RECORD, Optional.empty(), navigator);

        Instant ends = lockbox.breakGlass(clientId, BreakGlassKind.CLIENT_PRESENT, REASON, navigator);

        assertEquals(clock.instant().plus(LockboxService.GLASS_OPEN_FOR), ends);
        Withheld open = lockbox.withheld(clientId, navigator);
        assertFalse(open.anything());
        assertEquals(Optional.of(ends), open.glassOpenUntil());
        assertTrue(lockbox.wholeRecordWithheld(List.of(clientId), navigator).isEmpty());
        assertTrue(lockbox.withheld(clientId, prescriber).wholeRecord(), "only the person who broke it");
        assertTrue(lockbox.withheld(otherClientId, navigator).parts().isEmpty());

        clock.advance(Duration.ofMinutes(59));
        assertFalse(lockbox.withheld(clientId, navigator).anything());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(lockbox.withheld(clientId, navigator).wholeRecord(), "closed again after an hour");
    }

    @Test
    void breakingTheGlass_keepsTheReasonApart_andFlagsEveryViewWhileOpen() {
        // The audit log asks about the glass of the person signed in, by their staff record.
        org.linkwell.security.TestSessions.administrator(context);
        Access me = context.session();
        lockbox.add(clientId, RecordPart.NOTES, Optional.empty(), me);
        context.clients().open(clientId);

        lockbox.breakGlass(clientId, BreakGlassKind.SAFETY, REASON, me);
        context.clients().open(clientId);
        context.journeys().journey(clientId);
        context.clients().open(otherClientId);
        clock.advance(Duration.ofMinutes(61));
        context.clients().open(clientId);

        List<String> views = context.database().read(dsl -> dsl.select(AUDIT_EVENT.RECORD_ID, AUDIT_EVENT.BREAK_GLASS)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("view")).orderBy(AUDIT_EVENT.ID)
                .fetch(r -> (r.value1() == clientId ? "client" : "other") + (r.value2() ? " flagged" : "")));
        assertEquals(List.of("client", "client flagged", "client flagged", "client flagged", "other", "client"), views,
                "before, the break itself, two views during, another client's view, after the hour");

        var access = context.database().read(dsl -> dsl.selectFrom(BREAK_GLASS_ACCESS).fetchSingle());
        assertEquals(REASON, access.getReason());
        assertEquals("safety", access.getKind());
        assertEquals(me.staffId().orElseThrow(), access.getStaffId());
        boolean reasonInLog = context.database().read(dsl -> dsl.selectFrom(AUDIT_EVENT).fetch().stream()
                .anyMatch(row -> row.toString().contains("crisis")));
        assertFalse(reasonInLog, "the audit log never holds the reason");
        assertEquals(Optional.empty(), AuditChain.firstBrokenRow(context.database()), "the chain still holds");
    }

    @Test
    void breakGlassRows_cannotBeEditedOrDeleted() {
        lockbox.breakGlass(clientId, BreakGlassKind.OTHER, REASON, navigator);
        assertThrows(RuntimeException.class, () -> context.database().run(tx ->
                tx.update(BREAK_GLASS_ACCESS).set(BREAK_GLASS_ACCESS.REASON, "nothing to see").execute()));
        assertThrows(RuntimeException.class, () -> context.database().run(tx -> tx.deleteFrom(BREAK_GLASS_ACCESS).execute()));
        assertEquals(List.of(REASON), context.database().read(dsl -> dsl.select(BREAK_GLASS_ACCESS.REASON)
                .from(BREAK_GLASS_ACCESS).fetch(BREAK_GLASS_ACCESS.REASON)));
    }

    private long auditRows() {
        return context.database().read(dsl -> dsl.fetchCount(AUDIT_EVENT));
    }
}
