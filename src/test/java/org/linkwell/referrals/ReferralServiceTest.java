package org.linkwell.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

class ReferralServiceTest {
    @TempDir
    Path folder;
    Database database;
    ReferralService service;
    long clientId;
    long prescriberId;
    long navigatorId;

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
        service = new ReferralService(database, new ReferralRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
        clientId = new ClientService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS)
                .create(TestClients.draft("Rose", "Leblanc", "C-1", null)).id();
        StaffService staff = new StaffService(database, new StaffRepository(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
        prescriberId = staff.save(StaffMember.of("Dr. Ada Osei", StaffMember.Role.PRESCRIBER,
                Optional.of(StaffMember.Discipline.FAMILY_PHYSICIAN))).id();
        navigatorId = staff.save(StaffMember.of("Sam Navigator", StaffMember.Role.NAVIGATOR, Optional.empty())).id();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private Referral newReferral() {
        return service.create(Referral.draft(clientId, Optional.of(prescriberId), LocalDate.of(2026, 11, 10),
                Set.of(ReferralReason.LONELINESS)));
    }

    /** Walks a fresh referral to {@code status} by a legal path. */
    private Referral at(ReferralStatus status) {
        Referral r = newReferral();
        return switch (status) {
            case REQUESTED -> r;
            case ACCEPTED -> service.assign(r.id(), r.version(), navigatorId);
            case IN_PROGRESS -> {
                Referral a = service.assign(r.id(), r.version(), navigatorId);
                yield service.changeStatus(a.id(), a.version(), ReferralStatus.IN_PROGRESS, "");
            }
            case ON_HOLD -> service.changeStatus(r.id(), r.version(), ReferralStatus.ON_HOLD, "Client in hospital");
            case COMPLETED -> {
                Referral p = at(ReferralStatus.IN_PROGRESS);
                yield service.changeStatus(p.id(), p.version(), ReferralStatus.COMPLETED, "");
            }
            case REJECTED -> service.changeStatus(r.id(), r.version(), ReferralStatus.REJECTED, "not-eligible");
            case CANCELLED -> service.changeStatus(r.id(), r.version(), ReferralStatus.CANCELLED, "Entered twice");
        };
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(ReferralStatus.values()).flatMap(from -> Stream.of(ReferralStatus.values())
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyTransition_isAllowedOnlyWhenTheLifecycleSaysSo(ReferralStatus from, ReferralStatus to) {
        Referral r = at(from);
        boolean legal = from.canMoveTo(to);
        if (legal) {
            Referral moved = to == ReferralStatus.ACCEPTED ? service.assign(r.id(), r.version(), navigatorId)
                    : service.changeStatus(r.id(), r.version(), to, "because");
            assertEquals(to, moved.status());
        } else {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> service.changeStatus(r.id(), r.version(), to, "because"));
            assertEquals(from.code(), refused.from());
            assertEquals(from, service.open(r.id()).status(), "nothing changed");
        }
    }

    @Test
    void lifecycle_recordsWhoWhenAndWhy_andTheFirstContact() {
        Referral r = newReferral();
        Referral accepted = service.assign(r.id(), r.version(), navigatorId);
        Referral contacted = service.recordContact(accepted.id(), LocalDate.of(2026, 11, 17));
        Referral completed = service.changeStatus(contacted.id(), contacted.version(), ReferralStatus.COMPLETED, "Connected");

        assertEquals(Optional.of(navigatorId), completed.navigatorId());
        assertEquals(Optional.of(7L), completed.daysToFirstContact());
        List<ReferralRepository.StatusChange> history = service.history(r.id());
        assertEquals(List.of("requested", "accepted", "in-progress", "completed"),
                history.stream().map(ReferralRepository.StatusChange::to).toList());
        assertEquals("Connected", history.get(3).reason());
        assertEquals("local", history.get(3).by());
        assertEquals(TestDatabases.CLOCK.instant(), history.get(3).at());
        List<String> audit = database.read(dsl -> dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TABLE_NAME.eq("referral")).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION));
        assertEquals(List.of("create", "update", "update", "close"), audit);
    }

    @Test
    void rejectingOrPausing_needsAReason() {
        Referral r = newReferral();

        assertThrows(ValidationException.class, () -> service.changeStatus(r.id(), r.version(), ReferralStatus.REJECTED, " "));
        assertThrows(ValidationException.class, () -> service.changeStatus(r.id(), r.version(), ReferralStatus.ON_HOLD, ""));
        assertEquals(ReferralStatus.REQUESTED, service.open(r.id()).status());
    }

    @Test
    void create_needsAReasonAndConsent() {
        Referral draft = new Referral(0, 0, clientId, Optional.empty(), Optional.empty(), Referral.Source.SELF_REFERRAL,
                LocalDate.of(2026, 11, 1), Referral.Urgency.ROUTINE, Set.of(), "", "", false, ReferralStatus.REQUESTED,
                "", Optional.empty());

        ValidationException refused = assertThrows(ValidationException.class, () -> service.create(draft));

        assertEquals(Set.of("reasons", "consentConfirmed"),
                Set.copyOf(refused.errors().stream().map(ValidationException.FieldError::field).toList()));
        assertTrue(service.forClient(clientId).isEmpty());
    }
}
