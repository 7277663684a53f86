package org.linkwell.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Audit;
import org.linkwell.core.Backups;
import org.linkwell.security.LoginRepository;
import org.linkwell.security.Session;
import org.linkwell.security.SignInService;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.exchange.CatalogExchangeService;
import org.linkwell.lockbox.LockboxRepository;
import org.linkwell.lockbox.LockboxService;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.printing.PrintingService;
import org.linkwell.printing.PrintoutSettings;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.referrals.ChampionRepository;
import org.linkwell.referrals.ChampionService;
import org.linkwell.referrals.DashboardService;
import org.linkwell.referrals.JourneyService;
import org.linkwell.referrals.EncounterRepository;
import org.linkwell.referrals.EncounterService;
import org.linkwell.referrals.PrescriptionRepository;
import org.linkwell.referrals.PrescriptionService;
import org.linkwell.referrals.ReferralRepository;
import org.linkwell.referrals.ReferralService;
import org.linkwell.referrals.StaffRepository;
import org.linkwell.referrals.StaffService;
import org.linkwell.reports.FunderReportService;
import org.linkwell.reports.ReportRepository;
import org.linkwell.reports.ReportSettings;
import org.linkwell.sampledata.SampleDataService;
import org.linkwell.sampledata.SampleJourneysService;
import org.linkwell.sampledata.SampleSurveysService;
import org.linkwell.surveys.Surveys;

/** The composition root: every service is built here once, on an open database. */
public final class AppContext implements AutoCloseable {
    /** Who the audit log names before anyone has signed in (headless commands, the first start). */
    public static final String LOCAL_USER = Session.NOBODY;

    private final Database database;
    private final Clock clock;
    private final Messages messages;
    private final SettingsStore settings;
    private final ClientService clients;
    private final SampleDataService sampleData;
    private final ProgramService programs;
    private final StaffService staff;
    private final ReferralService referrals;
    private final PrescriptionService prescriptions;
    private final EncounterService encounters;
    private final ChampionService champions;
    private final JourneyService journeys;
    private final DashboardService dashboard;
    private final CatalogExchangeService exchange;
    private final SampleJourneysService sampleJourneys;
    private final Backups backups;
    private final FunderReportService reports;
    private final PrintingService printing;
    private final Surveys surveys;
    private final SampleSurveysService sampleSurveys;
    private final Session session = new Session(new org.linkwell.referrals.CaseloadRepository());
    private final SignInService signIn;
    private final LockboxService lockbox;
    private final org.linkwell.audit.AuditViewerService auditViewer;
    private final DataFileSecurity dataFileSecurity;

    private AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.settings = new SettingsStore(database, clock);
        Audit audit = new Audit(clock, session::actor);
        ClientRepository clientRepository = new ClientRepository();
        this.clients = new ClientService(database, clientRepository, audit, clock, session);
        this.sampleData = new SampleDataService(database, clientRepository, audit, clock, session);
        this.programs = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(), clock, session);
        this.staff = new StaffService(database, new StaffRepository(), clock, session);
        this.referrals = new ReferralService(database, new ReferralRepository(), audit, clock, session);
        this.prescriptions = new PrescriptionService(database, new PrescriptionRepository(), audit, clock, session);
        this.encounters = new EncounterService(database, new EncounterRepository(), referrals, audit, clock, session);
        this.champions = new ChampionService(database, new ChampionRepository(), audit, clock, session);
        this.journeys = new JourneyService(database, new ReferralRepository(), new EncounterRepository(),
                new PrescriptionRepository(), new ChampionRepository(), programs, audit, clock.getZone(), session);
        this.dashboard = new DashboardService(database, new ReferralRepository(), new EncounterRepository(), clients, clock, session);
        this.backups = new Backups(database, settings, clock);
        this.signIn = new SignInService(database, new LoginRepository(), staff, session, audit, clock,
                org.linkwell.security.LoginKeySlots.of(database));
        this.dataFileSecurity = DataFileSecurity.create(database, backups, signIn, clients, staff, session, audit, clock);
        this.sampleJourneys = new SampleJourneysService(database, clientRepository, programs, settings,
                SampleJourneysService.Repositories.create(), audit, clock, session);
        this.messages = new Messages(settings.get(SettingsStore.LANGUAGE).map(Messages::supported)
                .orElse(Messages.supported(Locale.getDefault().toLanguageTag())));
        this.exchange = new CatalogExchangeService(programs, clients,
                () -> settings.get(SettingsStore.CHC_NAME).orElseGet(() -> messages.get("exchange.chc.defaultName")),
                clock);
        this.surveys = Surveys.create(database, settings, audit, clock, session);
        this.sampleSurveys = new SampleSurveysService(database, clientRepository, surveys.instruments(), settings, audit,
                clock, session);
        this.reports = new FunderReportService(database, new ReportRepository(),
                new SurveyOutcomeFigures(surveys.outcomes()),
                new ReportSettings(settings), messages, clock, this::chcName, session);
        this.printing = new PrintingService(database, clients, journeys, programs, staff, settings,
                new PrintoutSettings(settings, database.file().toAbsolutePath().getParent(),
                        () -> messages.get("exchange.chc.defaultName")),
                new SurveyOutcomeLines(surveys.outcomes()), audit, clock,
                messages::locale, session);
        this.lockbox = new LockboxService(database, new LockboxRepository(), audit, clock);
        audit.flagWhileGlassOpen(lockbox.glassCheck(session));
        session.whenSigningOut(() -> lockbox.endGlass(session));
        printing.withLockbox(lockbox.forViewer(session));
        reports.withheldFromData(() -> lockbox.clientsWithholding(RecordPart.WHOLE_RECORD));
        this.auditViewer = new org.linkwell.audit.AuditViewerService(database, new org.linkwell.audit.AuditRepository(),
                audit, messages, clock, session);
    }

    private String chcName() {
        return settings.get(SettingsStore.CHC_NAME).orElseGet(() -> messages.get("exchange.chc.defaultName"));
    }

    /** Opens (and migrates) the data file; slow enough that the UI calls it in the background. */
    public static AppContext open(Path databaseFile, Clock clock) {
        return new AppContext(Database.open(databaseFile), clock);
    }

    /** Opens an encrypted data file with its key (or creates a new one encrypted with it). */
    public static AppContext open(Path databaseFile, Clock clock, java.util.Optional<org.linkwell.core.DatabaseKey> key) {
        return new AppContext(Database.open(databaseFile, key), clock);
    }

    /** Encryption at rest: encrypting a plain file, recovery with the setup passphrase. */
    public DataFileSecurity dataFileSecurity() {
        return dataFileSecurity;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public SettingsStore settings() {
        return settings;
    }

    /** Who is signed in on this desktop, and what they may do. */
    public Session session() {
        return session;
    }

    /** The audit viewer's questions (managers); call it off the JavaFX thread. */
    public org.linkwell.audit.AuditViewerService auditViewer() {
        return auditViewer;
    }

    public SignInService signIn() {
        return signIn;
    }

    public Backups backups() {
        return backups;
    }

    public ClientService clients() {
        return clients;
    }

    public ProgramService programs() {
        return programs;
    }

    public StaffService staff() {
        return staff;
    }

    public ReferralService referrals() {
        return referrals;
    }

    public PrescriptionService prescriptions() {
        return prescriptions;
    }

    public EncounterService encounters() {
        return encounters;
    }

    public JourneyService journeys() {
        return journeys;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public ChampionService champions() {
        return champions;
    }

    /** Catalog import and export (spreadsheets, Open Referral HSDS); call it off the JavaFX thread. */
    public CatalogExchangeService exchange() {
        return exchange;
    }

    public SampleDataService sampleData() {
        return sampleData;
    }

    /** The sample year of journeys: load it after {@link #sampleData()} and the program catalog. */
    public SampleJourneysService sampleJourneys() {
        return sampleJourneys;
    }

    /** Funder reports: figures on screen and the quarterly workbook; call it off the JavaFX thread. */
    public FunderReportService reports() {
        return reports;
    }

    /** Printouts about a client (PDF and EMR text); call it off the JavaFX thread. */
    public PrintingService printing() {
        return printing;

    }

    /** Instruments, survey responses, the schedule and outcomes. */
    public Surveys surveys() {
        return surveys;
    }

    /** The sample surveys: load them after {@link #sampleJourneys()}. */
    public SampleSurveysService sampleSurveys() {
        return sampleSurveys;
    }

    /** Clients' consent directives (lockbox) and break-glass access. */
    public LockboxService lockbox() {
        return lockbox;
    }

    @Override
    public void close() {
        database.close();
    }
}
