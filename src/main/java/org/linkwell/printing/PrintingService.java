package org.linkwell.printing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.Language;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.core.Permission;
import org.linkwell.core.SettingsStore;
import org.linkwell.lockbox.Lockbox;
import org.linkwell.lockbox.Redaction;
import org.linkwell.lockbox.Withheld;
import org.linkwell.programs.ProgramService;
import org.linkwell.referrals.JourneyService;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffService;

/**
 * Makes the printouts about a client. Reading the client's record for a printout is a view of it and is
 * audit-logged as one; a partner note that leaves the CHC is also logged as a disclosure to that organisation.
 * Every printout about a client needs that client's whole record; a partner note, journey work as well.
 */
public final class PrintingService {
    /** The audit log's name for "this record was disclosed to the partner organisation with this id". */
    /** The audit log's table name for the organisation a partner note was shared with. */
    public static final String DISCLOSURE = "partner_organization";

    private final Database database;
    private final ClientService clients;
    private final JourneyService journeys;
    private final ProgramService programs;
    private final StaffService staff;
    private final SettingsStore settings;
    private final PrintoutSettings printoutSettings;
    private final OutcomeLines outcomes;
    private final Audit audit;
    private final Clock clock;
    private final Supplier<Locale> staffLocale;
    private volatile Lockbox lockbox = Lockbox.OPEN;
    private final Access access;

    public PrintingService(Database database, ClientService clients, JourneyService journeys, ProgramService programs,
                           StaffService staff, SettingsStore settings, PrintoutSettings printoutSettings,
                           OutcomeLines outcomes, Audit audit, Clock clock, Supplier<Locale> staffLocale,
                           Access access) {
        this.access = access;
        this.database = database;
        this.clients = clients;
        this.journeys = journeys;
        this.programs = programs;
        this.staff = staff;
        this.settings = settings;
        this.printoutSettings = printoutSettings;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
        this.staffLocale = staffLocale;
    }

    /** Printouts leave out what the client's lockbox withholds from the person printing. */
    public PrintingService withLockbox(Lockbox lockbox) {
        this.lockbox = lockbox;
        return this;
    }

    public PrintoutSettings settings() {
        return printoutSettings;
    }

    /**
     * Reads what the printouts may draw on (audited as a view of the client's record), less what the lockbox
     * withholds; a record withheld as a whole prints nothing until the glass is broken.
     */
    public ClientDossier dossier(long clientId) {
        database.read(dsl -> {
            access.requireRecord(dsl, clientId);
            return null;
        });
        Withheld withheld = lockbox.withheld(clientId);
        if (withheld.wholeRecord()) {
            throw new NothingToPrintException("lockbox.print.wholeRecord");
        }
        Client client = clients.open(clientId);
        var journey = journeys.journey(clientId);
        Map<Long, StaffMember> people = staff.all().stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        return new ClientDossier(Redaction.client(client, withheld), Redaction.journey(journey, withheld),
                programs.catalog(), people, clients.interests(), printoutSettings.letterhead(), LocalDate.now(clock),
                settings.get(SettingsStore.CURRENT_NAVIGATOR).map(Long::valueOf), withheld);
    }

    public Printout make(long clientId, DocumentRequest request) {
        return make(dossier(clientId), request);
    }

    public Printout make(ClientDossier dossier, DocumentRequest request) {
        database.read(dsl -> {
            access.requireRecord(dsl, dossier.client().id(), request.kind() == DocumentKind.PARTNER_NOTE
                    ? Permission.JOURNEY_WORK : Permission.CLIENT_RECORD);
            return null;
        });
        Messages staffWords = new Messages(staffLocale.get());
        Optional<Long> sharedWith = Optional.empty();
        PrintDocument document;
        Messages words = staffWords;
        switch (request.kind()) {
            case CLIENT_COPY -> {
                words = new Messages(clientLocale(dossier.client()));
                document = new PrescriptionCopy(words, dossier, false).document();
            }
            case CHART_COPY -> document = new PrescriptionCopy(words, dossier, true).document();
            case PRESCRIBER_LETTER -> {
                Referral referral = letterReferral(dossier, request);
                document = new PrescriberLetter(words, dossier, referral, dossier.withheld().surveys()
                        ? java.util.List.of() : outcomes.forClient(dossier.client().id(), words.locale())).document();
            }
            case PARTNER_NOTE -> {
                SocialPrescription prescription = partnerPrescription(dossier, request);
                sharedWith = dossier.organization(prescription).map(o -> o.id());
                document = new PartnerNote(words, dossier, prescription, request.shared()).document();
            }
            default -> document = new EmrSummary(words, dossier).document();
        }
        String text = PlainText.of(document, dossier.letterhead());
        byte[] pdf = request.kind() == DocumentKind.EMR_TEXT ? new byte[0]
                : new PdfWriter(dossier.letterhead(), words.locale()).write(document);
        String chart = dossier.client().identity().chartNumber().replaceAll("[^A-Za-z0-9-]", "");
        String fileName = request.kind().code() + (chart.isBlank() ? "" : "-" + chart) + "-" + dossier.today()
                + (request.kind() == DocumentKind.EMR_TEXT ? ".txt" : ".pdf");
        return new Printout(request.kind(), dossier.client().id(), document.title(), fileName, pdf, text, sharedWith);
    }

    /**
     * An instrument's blank form in English or French, for clients who answer on paper. It holds no personal
     * data, so it is not audited.
     */
    public Printout blankForm(org.linkwell.surveys.InstrumentDefinition instrument, Locale language) {
        Messages words = new Messages(language);
        PrintDocument document = new BlankForm(words, instrument).document();
        byte[] pdf = new PdfWriter(printoutSettings.letterhead(), language).write(document);
        String fileName = "form-" + instrument.id() + "-" + language.getLanguage() + ".pdf";
        return new Printout(DocumentKind.BLANK_FORM, 0, document.title(), fileName, pdf, PlainText.of(document,
                printoutSettings.letterhead()), Optional.empty());
    }

    /** Called once a printout has left the app (saved or printed): a partner note is logged as a disclosure. */
    public void delivered(Printout printout) {
        printout.sharedWith().ifPresent(organizationId -> database.run(tx -> {
            access.requireRecord(tx, printout.clientId(), Permission.JOURNEY_WORK);
            audit.record(tx, Audit.Action.DISCLOSE, ClientService.TABLE, printout.clientId());
            audit.record(tx, Audit.Action.DISCLOSE, DISCLOSURE, organizationId);
        }));
    }

    /** The client with exactly this chart number, for the headless command. */
    public Optional<Long> clientWithChartNumber(String chartNumber) {
        String wanted = chartNumber.strip();
        return clients.search(wanted, StatusFilter.ALL, 50).stream()
                .filter(c -> c.chartNumber().equalsIgnoreCase(wanted)).map(ClientSummary::id).findFirst();
    }

    /** The client copy speaks the client's language; "other" falls back to the language the staff use. */
    public Locale clientLocale(Client client) {
        if (client.identity().language() == Language.FRENCH) {
            return Messages.FRENCH;
        }
        return client.identity().language() == Language.ENGLISH ? Messages.ENGLISH : staffLocale.get();
    }

    private static Referral letterReferral(ClientDossier dossier, DocumentRequest request) {
        if (request.referralId().isPresent()) {
            return dossier.referral(request.referralId().get())
                    .orElseThrow(() -> new NothingToPrintException("printing.error.noClosedReferral"));
        }
        return dossier.journey().referrals().stream().filter(r -> r.status().isClosed())
                .max(Comparator.comparing(Referral::referredOn).thenComparing(Referral::id))
                .orElseThrow(() -> new NothingToPrintException("printing.error.noClosedReferral"));
    }

    private static SocialPrescription partnerPrescription(ClientDossier dossier, DocumentRequest request) {
        if (request.prescriptionId().isPresent()) {
            return dossier.journey().prescriptions().stream().filter(p -> p.id() == request.prescriptionId().get())
                    .findFirst().orElseThrow(() -> new NothingToPrintException("printing.error.noPartnerProgram"));
        }
        return dossier.activePrescriptions().stream().filter(p -> dossier.organization(p).isPresent()).findFirst()
                .orElseThrow(() -> new NothingToPrintException("printing.error.noPartnerProgram"));
    }
}
