package org.linkwell.surveys;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralRepository;
import org.linkwell.referrals.ReferralService;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffRepository;
import org.linkwell.referrals.StaffService;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

/** A real data file with the survey services, clients, and referrals accepted on a chosen day. */
final class SurveyFixture implements AutoCloseable {
    final Database database;
    final ClientService clients;
    final InstrumentService instruments;
    final SurveyService surveys;
    final OutcomesService outcomes;
    private final long navigatorId;

    SurveyFixture(Path folder) {
        database = TestDatabases.open(folder);
        clients = new ClientService(database, new ClientRepository(), TestDatabases.audit(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
        instruments = new InstrumentService(database, new InstrumentRepository(), TestDatabases.CLOCK,
                TestDatabases.ACCESS);
        surveys = new SurveyService(database, new SurveyRepository(), new SurveyContextRepository(), instruments,
                new SettingsStore(database, TestDatabases.CLOCK), TestDatabases.audit(), TestDatabases.CLOCK,
                        TestDatabases.ACCESS);
        outcomes = new OutcomesService(database, new SurveyRepository(), new SurveyContextRepository(), surveys,
                TestDatabases.ACCESS);
        navigatorId = new StaffService(database, new StaffRepository(), TestDatabases.CLOCK, TestDatabases.ACCESS)
                .save(StaffMember.of("Sam Tremblay", StaffMember.Role.NAVIGATOR, Optional.empty())).id();
    }

    long client(String given, Map<org.linkwell.clients.EquityQuestion, String> equity) {
        Client draft = TestClients.draft(given, "Test", "CHC-" + given, LocalDate.of(1960, 1, 1));
        Client withEquity = new Client(0, 0, draft.identity(), draft.contact(), draft.consent(), draft.strengths(),
                draft.needs(), draft.barriers(), new Client.Equity(equity), draft.closure());
        return clients.create(withEquity).id();
    }

    /** A referral for the client, accepted (a navigator assigned) on {@code day}. */
    void acceptedOn(long clientId, LocalDate day) {
        Clock then = Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("America/Toronto")).toInstant(),
                ZoneId.of("America/Toronto"));
        ReferralService referrals = new ReferralService(database, new ReferralRepository(), TestDatabases.audit(), then,
                TestDatabases.ACCESS);
        Referral r = referrals.create(Referral.draft(clientId, Optional.empty(), day, Set.of(ReferralReason.LONELINESS)));
        referrals.assign(r.id(), r.version(), navigatorId);
    }

    SurveyResponse ucla(long clientId, int timepoint, LocalDate on, int a, int b, int c) {
        return surveys.record(SurveyResponse.draft(clientId, "ucla3", 1, timepoint, on, SurveyResponse.Mode.ON_SCREEN,
                SurveyResponse.Status.COMPLETED, Map.of("companionship", a, "left-out", b, "isolated", c)));
    }

    @Override
    public void close() {
        database.close();
    }
}
