package org.linkwell.security;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.linkwell.app.AppContext;
import org.linkwell.clients.Client;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffMember.Role;
import org.linkwell.surveys.SurveyResponse;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;
import org.linkwell.testing.TestPrograms;

/**
 * A small CHC for the permission table: one person of each role, and three clients. "Mine" was referred by the
 * prescriber and is in the navigator's caseload; "queued" waits in the unassigned queue; "outside" was referred by
 * another prescriber to another navigator, so it is in nobody's caseload of ours.
 */
final class PermissionFixture implements AutoCloseable {
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    final AppContext context;
    final Map<Role, SignedInUser> people = new EnumMap<>(Role.class);
    final SignedInUser otherNavigator;
    final long mine;
    final long queued;
    final long outside;
    final long mineReferral;
    final long queuedReferral;
    final long outsideReferral;
    final long minePrescription;
    final long mineEncounter;
    final long programId;
    private int counter;

    PermissionFixture(Path folder) {
        context = AppContext.open(folder.resolve("roles.db"), TestDatabases.CLOCK);
        people.put(Role.ADMINISTRATOR, TestSessions.administrator(context));
        for (Role role : new Role[] {Role.RECEPTION, Role.PRESCRIBER, Role.NAVIGATOR, Role.MANAGER}) {
            people.put(role, login(role, role.code()));
        }
        otherNavigator = login(Role.NAVIGATOR, "omar");
        SignedInUser otherPrescriber = login(Role.PRESCRIBER, "dr-other");
        TestSessions.switchTo(context.session(), people.get(Role.ADMINISTRATOR));
        programId = context.programs().save(TestPrograms.walkingGroup()).id();
        mine = client("Mina", "C-1");
        queued = client("Quinn", "C-2");
        outside = client("Otto", "C-3");
        mineReferral = referral(mine, people.get(Role.PRESCRIBER), Optional.of(people.get(Role.NAVIGATOR)));
        queuedReferral = referral(queued, otherPrescriber, Optional.empty());
        outsideReferral = referral(outside, otherPrescriber, Optional.of(otherNavigator));
        minePrescription = context.prescriptions().create(SocialPrescription.forProgram(mine,
                Optional.of(mineReferral), programId)).id();
        context.prescriptions().create(SocialPrescription.forProgram(outside, Optional.of(outsideReferral), programId));
        mineEncounter = encounter(mine, mineReferral, people.get(Role.NAVIGATOR));
        encounter(outside, outsideReferral, otherNavigator);
        context.champions().save(champion(mine));
        context.surveys().responses().record(survey(mine));
    }

    private SignedInUser login(Role role, String username) {
        TestSessions.switchTo(context.session(), people.get(Role.ADMINISTRATOR));
        Login login = context.signIn().createLogin(StaffMember.of("Test " + username, role, Optional.empty()),
                username, TestSessions.PASSWORD);
        return new SignedInUser(login.id(), login.username(), login.staff());
    }

    private long client(String given, String chart) {
        Client draft = TestClients.draft(given, "Tremblay", chart, LocalDate.of(1960, 1, 1));
        return context.clients().create(new Client(0, 0, draft.identity(), draft.contact(), draft.consent(),
                draft.strengths(), java.util.List.of(new Client.Need(org.linkwell.clients.NeedDomain.values()[0], true,
                        "needs a ride")), draft.barriers(), draft.equity(), draft.closure())).id();
    }

    private long referral(long clientId, SignedInUser prescriber, Optional<SignedInUser> navigator) {
        Referral r = context.referrals().create(Referral.draft(clientId, Optional.of(prescriber.staff().id()), DAY,
                Set.of(ReferralReason.LONELINESS)));
        return navigator.map(n -> context.referrals().assign(r.id(), r.version(), n.staff().id()).id()).orElse(r.id());
    }

    private long encounter(long clientId, long referralId, SignedInUser navigator) {
        return context.encounters().record(new Encounter(0, 0, clientId, Optional.of(referralId),
                Optional.of(navigator.staff().id()), DAY, Encounter.Mode.PHONE, 20, "talked about the walking group",
                "call back", Optional.of(DAY.plusDays(30)), false)).id();
    }

    HealthChampion champion(long clientId) {
        return new HealthChampion(clientId, 0, DAY, true, "Peer leader course", true,
                java.util.List.of(new HealthChampion.ProgramRole(programId, HealthChampion.Role.LEADS)), 0);
    }

    SurveyResponse survey(long clientId) {
        return SurveyResponse.draft(clientId, "ucla3", 1, 0, DAY, SurveyResponse.Mode.ON_SCREEN,
                SurveyResponse.Status.COMPLETED, Map.of("companionship", 1, "left-out", 2, "isolated", 1));
    }

    /** Something done with every permission (to read the current version, say), whoever is signed in now. */
    <T> T trusted(Supplier<T> read) {
        SignedInUser current = context.session().user().orElseThrow();
        TestSessions.switchTo(context.session(), people.get(Role.ADMINISTRATOR));
        try {
            return read.get();
        } finally {
            TestSessions.switchTo(context.session(), current);
        }
    }

    /** A name no one used yet, for actions that create something named. */
    String unique(String prefix) {
        return prefix + "-" + (++counter);
    }

    void signInAs(Role role) {
        TestSessions.switchTo(context.session(), people.get(role));
    }

    @Override
    public void close() {
        context.close();
    }
}
