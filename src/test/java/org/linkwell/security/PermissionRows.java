package org.linkwell.security;

import static org.linkwell.referrals.StaffMember.Role.ADMINISTRATOR;
import static org.linkwell.referrals.StaffMember.Role.MANAGER;
import static org.linkwell.referrals.StaffMember.Role.NAVIGATOR;
import static org.linkwell.referrals.StaffMember.Role.PRESCRIBER;
import static org.linkwell.referrals.StaffMember.Role.RECEPTION;
import static org.linkwell.security.PermissionTableTest.roles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.linkwell.app.AppContext;
import org.linkwell.audit.AuditQuery;
import org.linkwell.clients.Client;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.NotAllowedException;
import org.linkwell.exchange.ImportPreview;
import org.linkwell.exchange.Sheet;
import org.linkwell.printing.ClientDossier;
import org.linkwell.printing.DocumentKind;
import org.linkwell.printing.DocumentRequest;
import org.linkwell.printing.Printout;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffMember.Role;
import org.linkwell.reports.ReportPeriod;
import org.linkwell.surveys.ClientGroup;
import org.linkwell.surveys.OutcomeQuery;
import org.linkwell.testing.SampleCatalog;
import org.linkwell.testing.TestClients;

/** The rows of the permission table: the action, and the roles that may take it. */
final class PermissionRows {
    private static final Set<Role> EVERYONE = roles(RECEPTION, PRESCRIBER, NAVIGATOR, MANAGER, ADMINISTRATOR);
    private static final Set<Role> RECORDS = roles(PRESCRIBER, NAVIGATOR, MANAGER, ADMINISTRATOR);
    private static final Set<Role> WORKERS = roles(NAVIGATOR, MANAGER, ADMINISTRATOR);
    private static final Set<Role> EVERY_CLIENT = roles(MANAGER, ADMINISTRATOR);
    private static final Set<Role> ADMIN = roles(ADMINISTRATOR);
    private static final LocalDate DAY = PermissionFixture.DAY;

    record Row(String name, Set<Role> allowed, Runnable action) {
    }

    private PermissionRows() {
    }

    /** Sees the whole record, not the contact details only: refused (as the table counts it) when it is left out. */
    private static void whole(boolean seen) {
        if (!seen) {
            throw NotAllowedException.outsideCaseload();
        }
    }

    static List<Row> all(PermissionFixture f, Path folder) {
        AppContext c = f.context;
        List<Row> rows = new ArrayList<>();
        // Clients: everyone finds them and keeps contact details; whole records by role and caseload.
        rows.add(new Row("ClientService.search", EVERYONE, () -> c.clients().search("Tremblay", StatusFilter.ALL, 10)));
        rows.add(new Row("ClientService.summaries", EVERYONE, () -> c.clients().summaries(List.of(f.mine))));
        rows.add(new Row("ClientService.count", EVERYONE, () -> c.clients().count(StatusFilter.ALL)));
        rows.add(new Row("ClientService.open", EVERYONE, () -> c.clients().open(f.outside)));
        rows.add(new Row("ClientService.open (mine, whole)", RECORDS,
                () -> whole(!c.clients().open(f.mine).needs().isEmpty())));
        rows.add(new Row("ClientService.open (queued, whole)", WORKERS,
                () -> whole(!c.clients().open(f.queued).needs().isEmpty())));
        rows.add(new Row("ClientService.open (outside, whole)", EVERY_CLIENT,
                () -> whole(!c.clients().open(f.outside).needs().isEmpty())));
        rows.add(new Row("ClientService.mayOpenRecord", EVERYONE, () -> c.clients().mayOpenRecord(f.mine)));
        rows.add(new Row("ClientService.possibleDuplicates", EVERYONE, () -> c.clients().possibleDuplicates(
                TestClients.draft("Mina", "Tremblay", "", LocalDate.of(1960, 1, 1)))));
        rows.add(new Row("ClientService.create", EVERYONE, () -> c.clients().create(
                TestClients.draft("New", "Person", f.unique("N"), LocalDate.of(1980, 1, 1)))));
        rows.add(new Row("ClientService.update", EVERYONE, () -> c.clients().update(TestClients.withPhone(
                f.trusted(() -> c.clients().open(f.outside)), "613-555-0100"))));
        rows.add(new Row("ClientService.update (keeps the needs)", EVERYONE, () -> {
            Client stored = f.trusted(() -> c.clients().open(f.queued));
            c.clients().update(TestClients.withPhone(stored, "613-555-0111"));
            whole(!f.trusted(() -> c.clients().open(f.queued)).needs().isEmpty());
        }));
        rows.add(new Row("ClientService.mayChangeRecord", WORKERS, () -> whole(c.clients().mayChangeRecord(f.mine))));
        rows.add(new Row("ClientService.update (changes the goals)", WORKERS, () -> {
            Client stored = f.trusted(() -> c.clients().open(f.mine));
            String goals = f.unique("Walk to the library");
            c.clients().update(new Client(stored.id(), stored.version(), stored.identity(), stored.contact(),
                    stored.consent(), new Client.Strengths(stored.strengths().interestCodes(),
                    stored.strengths().interestsNote(), goals, stored.strengths().gifts()), stored.needs(),
                    stored.barriers(), stored.equity(), stored.closure()));
            whole(goals.equals(f.trusted(() -> c.clients().open(f.mine)).strengths().goals()));
        }));
        rows.add(new Row("ClientService.save", EVERYONE, () -> c.clients().save(
                TestClients.draft("Saved", "Person", f.unique("S"), LocalDate.of(1980, 1, 1)))));
        rows.add(new Row("ClientService.close", WORKERS, () -> c.clients().close(f.mine,
                f.trusted(() -> c.clients().open(f.mine)).version(), "moved")));
        rows.add(new Row("ClientService.reopen", WORKERS, () -> c.clients().reopen(f.mine,
                f.trusted(() -> c.clients().open(f.mine)).version())));
        rows.add(new Row("ClientService.close (outside)", EVERY_CLIENT, () -> c.clients().close(f.outside,
                f.trusted(() -> c.clients().open(f.outside)).version(), "moved")));
        rows.add(new Row("ClientService.interests", EVERYONE, () -> c.clients().interests()));
        rows.add(new Row("ClientService.addInterest", WORKERS, () -> c.clients().addInterest(f.unique("Knitting"),
                f.unique("Tricot"))));
        referrals(f, c, rows);
        journeys(f, c, rows);
        catalog(f, c, folder, rows);
        reportsAndSurveys(f, c, folder, rows);
        printing(f, c, rows);
        signIn(f, c, rows);
        auditViewer(f, c, folder, rows);
        samples(c, folder, rows);
        return rows;
    }

    private static void referrals(PermissionFixture f, AppContext c, List<Row> rows) {
        rows.add(new Row("ReferralService.create", RECORDS, () -> c.referrals().create(Referral.draft(f.queued,
                Optional.empty(), DAY, Set.of(ReferralReason.LONELINESS)))));
        rows.add(new Row("ReferralService.open", RECORDS, () -> c.referrals().open(f.mineReferral)));
        rows.add(new Row("ReferralService.open (outside)", EVERY_CLIENT, () -> c.referrals().open(f.outsideReferral)));
        rows.add(new Row("ReferralService.withStatus", RECORDS, () -> c.referrals().withStatus(
                List.of(ReferralStatus.values()))));
        rows.add(new Row("ReferralService.withStatus (lists the outside client's)", EVERY_CLIENT, () -> whole(
                c.referrals().withStatus(List.of(ReferralStatus.values())).stream()
                        .anyMatch(r -> r.clientId() == f.outside))));
        rows.add(new Row("ReferralService.forClient", RECORDS, () -> c.referrals().forClient(f.mine)));
        rows.add(new Row("ReferralService.assign", WORKERS, () -> c.referrals().assign(f.queuedReferral,
                f.trusted(() -> c.referrals().open(f.queuedReferral)).version(),
                f.people.get(NAVIGATOR).staff().id())));
        rows.add(new Row("ReferralService.changeStatus", WORKERS, () -> c.referrals().changeStatus(f.mineReferral,
                f.trusted(() -> c.referrals().open(f.mineReferral)).version(), ReferralStatus.IN_PROGRESS, "")));
        rows.add(new Row("ReferralService.recordContact", WORKERS, () -> c.referrals().recordContact(f.mineReferral,
                DAY.plusDays(1))));
        rows.add(new Row("ReferralService.history", RECORDS, () -> c.referrals().history(f.mineReferral)));
        rows.add(new Row("PrescriptionService.create", WORKERS, () -> c.prescriptions().create(
                SocialPrescription.forMaterialSupport(f.mine, Optional.of(f.mineReferral), "bus-tickets"))));
        rows.add(new Row("PrescriptionService.update", WORKERS, () -> c.prescriptions().update(
                f.trusted(() -> c.prescriptions().forClient(f.mine)).stream()
                        .filter(p -> p.id() == f.minePrescription).findFirst().orElseThrow())));
        rows.add(new Row("PrescriptionService.changeStatus", WORKERS, () -> c.prescriptions().changeStatus(
                f.minePrescription, f.trusted(() -> c.prescriptions().forClient(f.mine)).stream()
                        .filter(p -> p.id() == f.minePrescription).findFirst().orElseThrow().version(),
                PrescriptionStatus.AGREED, "")));
        rows.add(new Row("PrescriptionService.forClient", RECORDS, () -> c.prescriptions().forClient(f.mine)));
        rows.add(new Row("PrescriptionService.history", RECORDS, () -> c.prescriptions().history(f.minePrescription)));
        rows.add(new Row("EncounterService.record", WORKERS, () -> c.encounters().record(new Encounter(0, 0, f.mine,
                Optional.of(f.mineReferral), Optional.of(f.people.get(NAVIGATOR).staff().id()), DAY,
                Encounter.Mode.IN_PERSON, 30, "", "", Optional.empty(), false))));
        rows.add(new Row("EncounterService.forClient (appointments)", EVERYONE, () -> c.encounters().forClient(f.mine)));
        rows.add(new Row("EncounterService.forClient (with the notes)", RECORDS, () -> whole(
                c.encounters().forClient(f.mine).stream().anyMatch(e -> !e.notes().isBlank()))));
        rows.add(new Row("EncounterService.forClient (outside, with the notes)", EVERY_CLIENT, () -> whole(
                c.encounters().forClient(f.outside).stream().anyMatch(e -> !e.notes().isBlank()))));
        rows.add(new Row("EncounterService.dueBy", WORKERS, () -> c.encounters().dueBy(DAY.plusDays(60))));
        rows.add(new Row("EncounterService.markNextStepDone", WORKERS,
                () -> c.encounters().markNextStepDone(f.mineEncounter)));
    }

    private static void journeys(PermissionFixture f, AppContext c, List<Row> rows) {
        rows.add(new Row("ChampionService.save", WORKERS, () -> c.champions().save(f.trusted(
                () -> c.champions().find(f.mine)).orElseThrow())));
        rows.add(new Row("ChampionService.logHours", WORKERS, () -> c.champions().logHours(f.mine,
                Optional.of(f.programId), DAY, 60, "")));
        rows.add(new Row("ChampionService.find", RECORDS, () -> c.champions().find(f.mine)));
        rows.add(new Row("ChampionService.all", RECORDS, () -> c.champions().all()));
        rows.add(new Row("JourneyService.journey", RECORDS, () -> c.journeys().journey(f.mine)));
        rows.add(new Row("JourneyService.journey (outside)", EVERY_CLIENT, () -> c.journeys().journey(f.outside)));
        rows.add(new Row("DashboardService.dashboard", RECORDS, () -> c.dashboard().dashboard(Optional.empty())));
        rows.add(new Row("StaffService.all", EVERYONE, () -> c.staff().all()));
        rows.add(new Row("StaffService.active", EVERYONE, () -> c.staff().active(NAVIGATOR)));
        rows.add(new Row("StaffService.save", WORKERS, () -> c.staff().save(StaffMember.of(f.unique("Dr. Outside"),
                PRESCRIBER, Optional.empty()))));
    }

    private static void catalog(PermissionFixture f, AppContext c, Path folder, List<Row> rows) {
        Path workbook = folder.resolve("catalog.xlsx");
        f.trusted(() -> {
            c.exchange().exportXlsx(workbook);
            return null;
        });
        Sheet sheet = f.trusted(() -> c.exchange().read(workbook));
        ImportPreview preview = f.trusted(() -> c.exchange().preview(workbook));
        rows.add(new Row("ProgramService.catalog", EVERYONE, () -> c.programs().catalog()));
        rows.add(new Row("ProgramService.open", EVERYONE, () -> c.programs().open(f.programId)));
        rows.add(new Row("ProgramService.save", WORKERS, () -> c.programs().save(current(f, c))));
        rows.add(new Row("ProgramService.markVerified", WORKERS, () -> c.programs().markVerified(current(f, c))));
        rows.add(new Row("ProgramService.saveOrganization", WORKERS, () -> c.programs().saveOrganization(
                PartnerOrganization.named(f.unique("org"), f.unique("Friends of the River")))));
        rows.add(new Row("ProgramService.apply", WORKERS, () -> c.programs().apply(SampleCatalog.update())));
        rows.add(new Row("CatalogExchangeService.read", EVERYONE, () -> c.exchange().read(workbook)));
        rows.add(new Row("CatalogExchangeService.guessMapping", EVERYONE, () -> c.exchange().guessMapping(sheet)));
        rows.add(new Row("CatalogExchangeService.preview", EVERYONE, () -> c.exchange().preview(workbook)));
        rows.add(new Row("CatalogExchangeService.previewHsds", EVERYONE, () -> c.exchange().previewHsds(folder)));
        rows.add(new Row("CatalogExchangeService.apply", WORKERS, () -> c.exchange().apply(preview, false)));
        rows.add(new Row("CatalogExchangeService.exportHsds", EVERYONE, () -> c.exchange().exportHsds(
                folder.resolve(f.unique("hsds")))));
        rows.add(new Row("CatalogExchangeService.exportXlsx", EVERYONE, () -> c.exchange().exportXlsx(
                folder.resolve(f.unique("programs") + ".xlsx"))));
    }

    private static Program current(PermissionFixture f, AppContext c) {
        return f.trusted(() -> c.programs().open(f.programId));
    }

    private static void reportsAndSurveys(PermissionFixture f, AppContext c, Path folder, List<Row> rows) {
        ReportPeriod year = ReportPeriod.fiscalYear(2026);
        rows.add(new Row("FunderReportService.figures", EVERY_CLIENT, () -> c.reports().figures(year)));
        rows.add(new Row("FunderReportService.report", EVERY_CLIENT, () -> c.reports().report(year)));
        rows.add(new Row("FunderReportService.export", EVERY_CLIENT, () -> c.reports().export(year,
                folder.resolve(f.unique("funder") + ".xlsx"), true, progress -> { })));
        var responses = c.surveys().responses();
        rows.add(new Row("SurveyService.schedule", WORKERS, responses::schedule));
        rows.add(new Row("SurveyService.saveSchedule", ADMIN, () -> responses.saveSchedule(
                f.trusted(responses::schedule))));
        rows.add(new Row("SurveyService.record", WORKERS, () -> responses.record(f.survey(f.mine))));
        rows.add(new Row("SurveyService.recordAll", WORKERS, () -> responses.recordAll(List.of(f.survey(f.mine)))));
        rows.add(new Row("SurveyService.record (outside)", EVERY_CLIENT, () -> responses.record(f.survey(f.outside))));
        rows.add(new Row("SurveyService.forClient", WORKERS, () -> responses.forClient(f.mine)));
        rows.add(new Row("SurveyService.worklist", WORKERS, responses::worklist));
        rows.add(new Row("OutcomesService.summarize", WORKERS, () -> c.surveys().outcomes().summarize(
                new OutcomeQuery(year.from(), year.to(), new ClientGroup.All()))));
        rows.add(new Row("OutcomesService.summarizeAll", WORKERS, () -> c.surveys().outcomes().summarizeAll(List.of(
                new OutcomeQuery(year.from(), year.to(), new ClientGroup.All())))));
        rows.add(new Row("OutcomesService.forClient", WORKERS, () -> c.surveys().outcomes().forClient(f.mine)));
        var instruments = c.surveys().instruments();
        rows.add(new Row("InstrumentService.all", EVERYONE, instruments::all));
        rows.add(new Row("InstrumentService.current", EVERYONE, instruments::current));
        rows.add(new Row("InstrumentService.latest", EVERYONE, () -> instruments.latest("ons4")));
        rows.add(new Row("InstrumentService.find", EVERYONE, () -> instruments.find("ons4", 1)));
        rows.add(new Row("InstrumentService.isShipped", EVERYONE,
                () -> instruments.isShipped(instruments.latest("ons4").orElseThrow())));
        rows.add(new Row("InstrumentService.nextVersion", EVERYONE, () -> instruments.nextVersion("ons4")));
        rows.add(new Row("InstrumentService.save", ADMIN, () -> instruments.save(
                instruments.latest("ons4").orElseThrow())));
        rows.add(new Row("InstrumentService.load", ADMIN, () -> instruments.load(folder.resolve("none.json"))));
    }

    private static void printing(PermissionFixture f, AppContext c, List<Row> rows) {
        ClientDossier dossier = f.trusted(() -> c.printing().dossier(f.mine));
        long organization = f.trusted(() -> c.programs().saveOrganization(
                PartnerOrganization.named("org-walk", "Walking Friends")).id());
        rows.add(new Row("PrintingService.dossier", RECORDS, () -> c.printing().dossier(f.mine)));
        rows.add(new Row("PrintingService.dossier (outside)", EVERY_CLIENT, () -> c.printing().dossier(f.outside)));
        rows.add(new Row("PrintingService.make", RECORDS, () -> c.printing().make(f.mine,
                DocumentRequest.of(DocumentKind.CLIENT_COPY))));
        rows.add(new Row("PrintingService.make (a partner note)", WORKERS, () -> c.printing().make(dossier,
                DocumentRequest.partnerNote(f.minePrescription, Set.of()))));
        rows.add(new Row("PrintingService.delivered", WORKERS, () -> c.printing().delivered(new Printout(
                DocumentKind.PARTNER_NOTE, f.mine, "note", "note.pdf", new byte[0], "", Optional.of(organization)))));
        rows.add(new Row("PrintingService.blankForm", EVERYONE, () -> c.printing().blankForm(
                c.surveys().instruments().latest("ons4").orElseThrow(), Locale.CANADA_FRENCH)));
        rows.add(new Row("PrintingService.clientWithChartNumber", EVERYONE,
                () -> c.printing().clientWithChartNumber("C-1")));
        rows.add(new Row("PrintingService.clientLocale", EVERYONE, () -> c.printing().clientLocale(dossier.client())));
    }

    private static void signIn(PermissionFixture f, AppContext c, List<Row> rows) {
        SignInService signIn = c.signIn();
        long other = f.otherNavigator.loginId();
        rows.add(new Row("SignInService.needsFirstAdministrator", EVERYONE, signIn::needsFirstAdministrator));
        rows.add(new Row("SignInService.createFirstAdministrator", roles(), () -> signIn.createFirstAdministrator(
                "Second Admin", f.unique("admin"), TestSessions.PASSWORD)));
        rows.add(new Row("SignInService.signIn", EVERYONE, () -> signIn.signIn(f.unique("nobody"),
                "not a password".toCharArray())));
        rows.add(new Row("SignInService.unlock", EVERYONE, () -> signIn.unlock("not the password".toCharArray())));
        rows.add(new Row("SignInService.signOut", EVERYONE, signIn::signOut));
        // Every signed-in person may change their own password (refused here for differing new ones, which costs no try).
        rows.add(new Row("SignInService.changeOwnPassword", EVERYONE, () -> signIn.changeOwnPassword(
                TestSessions.PASSWORD, "a new password here".toCharArray(), "a different one here".toCharArray())));
        rows.add(new Row("SignInService.createLogin", ADMIN, () -> signIn.createLogin(StaffMember.of(
                f.unique("Rae"), RECEPTION, Optional.empty()), f.unique("rae"), TestSessions.PASSWORD)));
        rows.add(new Row("SignInService.logins", ADMIN, signIn::logins));
        rows.add(new Row("SignInService.resetPassword", ADMIN, () -> signIn.resetPassword(other, TestSessions.PASSWORD)));
        rows.add(new Row("SignInService.unlockLogin", ADMIN, () -> signIn.unlockLogin(other)));
        rows.add(new Row("SignInService.setActive", ADMIN, () -> signIn.setActive(other, true)));
    }

    private static void auditViewer(PermissionFixture f, AppContext c, Path folder, List<Row> rows) {
        var viewer = c.auditViewer();
        rows.add(new Row("AuditViewerService.forClient", EVERY_CLIENT, () -> viewer.forClient(f.mine, 0)));
        rows.add(new Row("AuditViewerService.forActor", EVERY_CLIENT, () -> viewer.forActor("navigator",
                DAY.minusDays(30), DAY.plusDays(30), 0)));
        rows.add(new Row("AuditViewerService.sample", EVERY_CLIENT, () -> viewer.sample(DAY.minusDays(30),
                DAY.plusDays(30), 5, 42)));
        rows.add(new Row("AuditViewerService.actors", EVERY_CLIENT, viewer::actors));
        rows.add(new Row("AuditViewerService.export", EVERY_CLIENT, () -> viewer.export(
                new AuditQuery.ByClient(f.mine), folder.resolve(f.unique("audit") + ".xlsx"))));

        // The lockbox: the client's own wishes are recorded by people who may see their record; everyone at a desk
        // learns that something is withheld (never what) and may break the glass with a reason.
        var lockbox = c.lockbox();
        var session = c.session();
        rows.add(new Row("LockboxService.directives", RECORDS, () -> lockbox.directives(f.mine, session)));
        rows.add(new Row("LockboxService.directives (outside)", EVERY_CLIENT, () -> lockbox.directives(f.outside, session)));
        rows.add(new Row("LockboxService.add", RECORDS, () -> lockbox.add(f.mine,
                org.linkwell.lockbox.RecordPart.SURVEYS, Optional.of(-1L), session)));
        rows.add(new Row("LockboxService.add (outside)", EVERY_CLIENT, () -> lockbox.add(f.outside,
                org.linkwell.lockbox.RecordPart.SURVEYS, Optional.of(-1L), session)));
        rows.add(new Row("LockboxService.withdraw", RECORDS, () -> lockbox.withdraw(-1, 1, session)));
        rows.add(new Row("LockboxService.withheld", EVERYONE, () -> lockbox.withheld(f.mine, session)));
        rows.add(new Row("LockboxService.wholeRecordWithheld", EVERYONE,
                () -> lockbox.wholeRecordWithheld(List.of(f.mine, f.outside), session)));
        rows.add(new Row("LockboxService.withholding", EVERYONE, () -> lockbox.withholding(List.of(f.mine, f.outside),
                org.linkwell.lockbox.RecordPart.NOTES, session)));
        rows.add(new Row("LockboxService.clientsWithholding", EVERYONE,
                () -> lockbox.clientsWithholding(org.linkwell.lockbox.RecordPart.WHOLE_RECORD)));
        rows.add(new Row("LockboxService.endGlass", EVERYONE, () -> lockbox.endGlass(session)));
        rows.add(new Row("LockboxService.breakGlass", EVERYONE, () -> lockbox.breakGlass(f.mine,
                org.linkwell.lockbox.BreakGlassKind.values()[0], "Client asked for help on the phone", session)));
    }

    /** Last: loading the sample fills the file. Only an administrator (or a trusted set-up job) loads it. */
    private static void samples(AppContext c, Path folder, List<Row> rows) {
        rows.add(new Row("SampleDataService.isDatabaseEmpty", EVERYONE, c.sampleData()::isDatabaseEmpty));
        rows.add(new Row("SampleDataService.load", ADMIN, () -> c.sampleData().load(folder.resolve("no-such"))));
        rows.add(new Row("SampleDataService.loadBundled", ADMIN, c.sampleData()::loadBundled));
        rows.add(new Row("SampleJourneysService.isLoaded", EVERYONE, c.sampleJourneys()::isLoaded));
        rows.add(new Row("SampleJourneysService.load", ADMIN, () -> c.sampleJourneys().load(folder.resolve("no-such"))));
        rows.add(new Row("SampleJourneysService.loadBundled", ADMIN, c.sampleJourneys()::loadBundled));
        rows.add(new Row("SampleSurveysService.load", ADMIN, () -> c.sampleSurveys().load(folder.resolve("no-such"))));
        rows.add(new Row("SampleSurveysService.loadBundled", ADMIN, c.sampleSurveys()::loadBundled));
    }
}
