package org.linkwell.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

class PrescriptionAndEncounterTest {
    @TempDir
    Path folder;
    Database database;
    PrescriptionService prescriptions;
    ReferralService referrals;
    EncounterService encounters;
    long clientId;

    @BeforeEach
    void setUp() {
        database = TestDatabases.open(folder);
        prescriptions = new PrescriptionService(database, new PrescriptionRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        referrals = new ReferralService(database, new ReferralRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
        encounters = new EncounterService(database, new EncounterRepository(), referrals, TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        clientId = new ClientService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS)
                .create(TestClients.draft("Omar", "Haddad", "C-9", null)).id();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private SocialPrescription at(PrescriptionStatus status) {
        SocialPrescription p = prescriptions.create(SocialPrescription.forMaterialSupport(clientId, Optional.empty(),
                "Good Food Box"));
        List<PrescriptionStatus> path = switch (status) {
            case SUGGESTED -> List.of();
            case AGREED -> List.of(PrescriptionStatus.AGREED);
            case STARTED -> List.of(PrescriptionStatus.AGREED, PrescriptionStatus.STARTED);
            case ATTENDING -> List.of(PrescriptionStatus.AGREED, PrescriptionStatus.STARTED, PrescriptionStatus.ATTENDING);
            case COMPLETED -> List.of(PrescriptionStatus.AGREED, PrescriptionStatus.STARTED, PrescriptionStatus.COMPLETED);
            case DECLINED -> List.of(PrescriptionStatus.DECLINED);
            case DROPPED_OUT -> List.of(PrescriptionStatus.AGREED, PrescriptionStatus.DROPPED_OUT);
        };
        for (PrescriptionStatus step : path) {
            p = prescriptions.changeStatus(p.id(), p.version(), step, "why");
        }
        return p;
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(PrescriptionStatus.values()).flatMap(from -> Stream.of(PrescriptionStatus.values())
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPrescriptionTransition_followsTheLifecycle(PrescriptionStatus from, PrescriptionStatus to) {
        SocialPrescription p = at(from);
        if (from.canMoveTo(to)) {
            assertEquals(to, prescriptions.changeStatus(p.id(), p.version(), to, "why").status());
        } else {
            assertThrows(IllegalTransitionException.class, () -> prescriptions.changeStatus(p.id(), p.version(), to, "why"));
        }
    }

    @Test
    void startingAndEnding_setTheDates_andDroppingOutNeedsAReason() {
        SocialPrescription p = at(PrescriptionStatus.AGREED);

        assertThrows(ValidationException.class,
                () -> prescriptions.changeStatus(p.id(), p.version(), PrescriptionStatus.DROPPED_OUT, ""));
        SocialPrescription started = prescriptions.changeStatus(p.id(), p.version(), PrescriptionStatus.STARTED, "");
        SocialPrescription done = prescriptions.changeStatus(started.id(), started.version(), PrescriptionStatus.COMPLETED, "");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), started.startedOn());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), done.endedOn());
        assertEquals(List.of("suggested", "agreed", "started", "completed"),
                prescriptions.history(p.id()).stream().map(ReferralRepository.StatusChange::to).toList());
    }

    @Test
    void supportsAndBarriersAddressed_areKept() {
        SocialPrescription p = at(PrescriptionStatus.AGREED);
        SocialPrescription edited = new SocialPrescription(p.id(), p.version(), p.clientId(), p.referralId(), p.programId(),
                p.materialSupport(), p.status(), p.statusReason(), Set.of(BarrierType.TRANSPORT),
                List.of(new SocialPrescription.Support("bus-tickets", "10 tickets")), p.startedOn(), p.endedOn(), "Monthly");

        SocialPrescription saved = prescriptions.update(edited);

        assertEquals(Set.of(BarrierType.TRANSPORT), saved.barriersAddressed());
        assertEquals(List.of(new SocialPrescription.Support("bus-tickets", "10 tickets")), saved.supports());
    }

    @Test
    void firstEncounter_movesAnAcceptedReferralInProgress_andKeepsDaysToFirstContact() {
        Referral r = referrals.create(Referral.draft(clientId, Optional.empty(), LocalDate.of(2026, 11, 2),
                Set.of(ReferralReason.FOOD_INSECURITY)));
        Referral accepted = referrals.assign(r.id(), r.version(), new StaffService(database, new StaffRepository(),
                TestDatabases.CLOCK, TestDatabases.ACCESS).save(StaffMember.of("Nav", StaffMember.Role.NAVIGATOR,
                        Optional.empty())).id());

        encounters.record(new Encounter(0, 0, clientId, Optional.of(accepted.id()), accepted.navigatorId(),
                LocalDate.of(2026, 11, 12), Encounter.Mode.PHONE, 20, "Talked about food", "Bring food box form",
                Optional.of(LocalDate.of(2026, 11, 20)), false));

        Referral after = referrals.open(r.id());
        assertEquals(ReferralStatus.IN_PROGRESS, after.status());
        assertEquals(Optional.of(10L), after.daysToFirstContact());
        assertEquals(1, encounters.dueBy(LocalDate.of(2026, 11, 24)).size());
        assertTrue(encounters.dueBy(LocalDate.of(2026, 11, 19)).isEmpty());
    }
}
