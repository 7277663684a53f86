package org.linkwell.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.linkwell.app.AppContext;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;
import org.linkwell.testing.TestDatabases;
import org.linkwell.testing.TestPrograms;

/**
 * One client's journey for the printing tests: a French-speaking client with goals, equity answers, contact
 * details and a barrier; a referral in progress with a prescriber and a navigator; the Tuesday walking group
 * (run by a partner) agreed with bus tickets and a note; a private contact note and a next step.
 */
final class PrintingFixture {
    static final String GOALS = "Retrouver des amis et marcher au bord de l'eau.";
    static final String PRIVATE_NOTE = "Parle de son deuil récent";
    static final String PRESCRIPTION_NOTE = "Préfère être accompagnée la première fois";
    static final String PARTNER = "Riverside Seniors Active Living Centre";

    final AppContext context;
    final long clientId;
    final long referralId;
    final long prescriptionId;
    final long partnerId;

    PrintingFixture(Path folder, Language language) {
        context = TestDatabases.trusted(AppContext.open(folder.resolve("printing.db"), TestDatabases.CLOCK));
        PartnerOrganization partner = context.programs().saveOrganization(
                PartnerOrganization.named("salc", PARTNER));
        partnerId = partner.id();
        Program walk = TestPrograms.walkingGroup();
        walk = new Program(0, 0, walk.externalId(), walk.name(), walk.description(), Optional.of(partner.id()),
                walk.category(), walk.location(), walk.cost(), Set.of(), walk.languages(), walk.accessibility(),
                walk.eligibility(), walk.capacity(), walk.joining(), new Program.Contact("Lise Martin", "613-555-0142", ""),
                walk.coCreated(), walk.championLed(), walk.lastVerifiedOn(), walk.status(), walk.schedules());
        long walkId = context.programs().save(walk).id();
        long prescriber = context.staff().save(StaffMember.of("Dr. Ada Osei", StaffMember.Role.PRESCRIBER,
                Optional.of(StaffMember.Discipline.FAMILY_PHYSICIAN))).id();
        long navigator = context.staff().save(new StaffMember(0, 0, "Sam Tremblay", StaffMember.Role.NAVIGATOR,
                Optional.empty(), "613-555-0199", "", true)).id();
        clientId = context.clients().create(client(language)).id();
        Referral draft = Referral.draft(clientId, Optional.of(prescriber), LocalDate.of(2026, 11, 2),
                Set.of(ReferralReason.LONELINESS, ReferralReason.BEREAVEMENT));
        draft = new Referral(0, 0, clientId, draft.prescriberId(), Optional.empty(), draft.source(), draft.referredOn(),
                draft.urgency(), draft.reasons(), "", "Sortir de la maison", true, draft.status(), "", Optional.empty());
        Referral referral = context.referrals().create(draft);
        referral = context.referrals().assign(referral.id(), referral.version(), navigator);
        referralId = referral.id();
        SocialPrescription p = context.prescriptions().create(SocialPrescription.forProgram(clientId,
                Optional.of(referralId), walkId));
        p = context.prescriptions().changeStatus(p.id(), p.version(), PrescriptionStatus.AGREED, "");
        p = context.prescriptions().update(new SocialPrescription(p.id(), p.version(), clientId, p.referralId(),
                p.programId(), "", p.status(), "", Set.of(BarrierType.TRANSPORT),
                List.of(new SocialPrescription.Support("bus-tickets", "Billets fournis par le CSC")),
                p.startedOn(), p.endedOn(), PRESCRIPTION_NOTE));
        prescriptionId = p.id();
        context.encounters().record(new Encounter(0, 0, clientId, Optional.of(referralId), Optional.of(navigator),
                LocalDate.of(2026, 11, 20), Encounter.Mode.PHONE, 30, PRIVATE_NOTE, "Appeler après la première marche",
                Optional.of(LocalDate.of(2026, 12, 2)), false));
    }

    private static Client client(Language language) {
        Client blank = Client.blank();
        return new Client(0, 0,
                new Client.Identity("CHC-4242", "Marie-Hélène", "Côté", "Mimi", "elle", Optional.of(LocalDate.of(1948, 5, 2)),
                        "", language, ""),
                new Client.Contact("613-555-0123", "mimi@example.org", "12 rue Pitt", "Cornwall", "ON", "K6J 3P5",
                        true, false, false, false),
                new Client.Consent(true, Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(Client.ConsentMethod.VERBAL),
                        "Sam"),
                new Client.Strengths(Set.of(), "", GOALS, "Tricot"), List.of(),
                List.of(new Client.Barrier(BarrierType.TRANSPORT, true, "Billets d'autobus")),
                new Client.Equity(Map.of(EquityQuestion.INDIGENOUS, "metis", EquityQuestion.LGBTQ, "yes")),
                Client.Closure.open());
    }

    /** The PDF's text as a reader gets it, with line breaks and runs of spaces made single spaces. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
