package org.linkwell.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.core.Messages;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralStatus;

/** Each document made from one client's journey, read back with PDFBox's text extraction. */
class PrintingServiceTest {
    @TempDir
    Path folder;
    PrintingFixture fixture;

    private PrintingFixture journey(Language language) {
        fixture = new PrintingFixture(folder, language);
        fixture.context.messages().setLocale(Messages.ENGLISH);
        return fixture;
    }

    @AfterEach
    void close() {
        fixture.context.close();
    }

    private String make(DocumentKind kind) {
        return PrintingFixture.text(fixture.context.printing().make(fixture.clientId, DocumentRequest.of(kind)).pdf());
    }

    @Test
    void clientCopy_inFrench_namesTheClientTheirGoalsAndTheNextThreeSessions() {
        journey(Language.FRENCH);

        String text = make(DocumentKind.CLIENT_COPY);

        assertTrue(text.contains("Votre prescription sociale"), text);
        assertTrue(text.contains("Mimi Côté"), text);
        assertTrue(text.contains("Ce qui compte pour vous"), text);
        assertTrue(text.contains(PrintingFixture.GOALS), text);
        assertTrue(text.contains("Tuesday Walking Group"), text);
        assertTrue(text.contains("Lamoureux Park, 100 Water St, Cornwall K6H 1A1"), text);
        // Today is Tuesday 24 November 2026: the walk meets today, then the next two Tuesdays.
        assertTrue(text.contains("mardi 24 novembre 2026, 10:00"), text);
        assertTrue(text.contains("mardi 1 décembre 2026, 10:00"), text);
        assertTrue(text.contains("mardi 8 décembre 2026, 10:00"), text);
        assertFalse(text.contains("15 décembre"), "three sessions, not four");
        assertTrue(text.contains("Billets d'autobus — Billets fournis par le CSC"), text);
        assertTrue(text.contains("Gratuit"), text);
        assertTrue(text.contains("Lise Martin, 613-555-0142"), text);
        assertTrue(text.contains("Sam Tremblay") && text.contains("613-555-0199"), text);
        assertTrue(text.contains("Dr. Ada Osei"), text);
        assertTrue(text.contains("Page 1 de 1"), text);
    }

    @Test
    void clientCopy_leavesOutEquityAnswersNotesReasonsAndTheChart() {
        journey(Language.FRENCH);

        String text = make(DocumentKind.CLIENT_COPY);

        for (Messages words : List.of(new Messages(Messages.FRENCH), new Messages(Messages.ENGLISH))) {
            assertFalse(text.contains(words.get(EquityQuestion.INDIGENOUS.answerKey("metis"))), "no equity answer");
            assertFalse(text.contains(words.get(EquityQuestion.INDIGENOUS.messageKey())), "no equity question");
            assertFalse(text.contains(words.get("referralReason.bereavement")), "no referral reason");
            assertFalse(text.contains(words.get("referralReason.loneliness")), "no referral reason");
        }
        assertFalse(text.contains(PrintingFixture.PRIVATE_NOTE), "no contact notes");
        assertFalse(text.contains(PrintingFixture.PRESCRIPTION_NOTE), "the notes are for the chart");
        assertFalse(text.contains("CHC-4242"), "no chart number");
        assertFalse(text.contains("1948"), "no date of birth");
        assertFalse(text.contains("613-555-0123"), "not even the client's own phone");
        assertFalse(text.toLowerCase().contains("confidenti"), text);
    }

    @Test
    void clientCopy_inEnglish_whenThatIsTheClientsLanguage() {
        journey(Language.ENGLISH);
        fixture.context.messages().setLocale(Messages.FRENCH);

        String text = make(DocumentKind.CLIENT_COPY);

        assertTrue(text.contains("Your social prescription"), text);
        assertTrue(text.contains("What matters to you"), text);
        assertTrue(text.contains("Tuesday, December 1, 2026, 10:00–11:30"), text);
        assertTrue(text.contains("Bus tickets — Billets fournis par le CSC"), text);
    }

    @Test
    void chartCopy_addsReasonsNotesAndStatus_andIsMarkedConfidentialOnEveryPage() throws IOException {
        journey(Language.FRENCH);
        for (int i = 0; i < 4; i++) {
            var p = fixture.context.prescriptions().create(org.linkwell.referrals.SocialPrescription.forProgram(
                    fixture.clientId, java.util.Optional.of(fixture.referralId),
                    fixture.context.prescriptions().forClient(fixture.clientId).get(0).programId().orElseThrow()));
            assertEquals(org.linkwell.referrals.PrescriptionStatus.SUGGESTED, p.status());
        }

        byte[] pdf = fixture.context.printing().make(fixture.clientId, DocumentRequest.of(DocumentKind.CHART_COPY)).pdf();

        String text = PrintingFixture.text(pdf);
        assertTrue(text.contains("Social prescription"), text);
        assertTrue(text.contains("CHC-4242"), text);
        assertTrue(text.contains("Bereavement, Loneliness or social isolation")
                || text.contains("Loneliness or social isolation, Bereavement"), text);
        assertTrue(text.contains(PrintingFixture.PRESCRIPTION_NOTE), text);
        assertTrue(text.contains("Status Agreed"), text);
        assertFalse(text.contains(PrintingFixture.PRIVATE_NOTE), "contact notes stay in Linkwell");
        int pages = PrintingFixture.pages(pdf);
        assertTrue(pages > 1, "five programs take more than one page");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String onPage = stripper.getText(document);
                assertTrue(onPage.contains("Chart copy — confidential"), "page " + page + ": " + onPage);
                assertTrue(onPage.contains("Page " + page + " of " + pages), onPage);
            }
        }
    }

    @Test
    void prescriberLetter_reportsWhatWasPrescribedTakenUpAndTheOutcomeScores() {
        journey(Language.FRENCH);
        complete();
        List<Long> askedFor = new java.util.ArrayList<>();
        OutcomeLines scores = (clientId, locale) -> {
            askedFor.add(clientId);
            return List.of(new OutcomeLine("WEMWBS (short form)", "18.0", "23.5", "+5.5 (better)"),
                    new OutcomeLine("UCLA loneliness", "7", "5", "−2 (better)"));
        };
        PrintingService printing = new PrintingService(fixture.context.database(), fixture.context.clients(),
                fixture.context.journeys(), fixture.context.programs(), fixture.context.staff(),
                fixture.context.settings(), fixture.context.printing().settings(), scores,
                org.linkwell.testing.TestDatabases.audit(), org.linkwell.testing.TestDatabases.CLOCK,
                () -> Messages.ENGLISH, org.linkwell.testing.TestDatabases.ACCESS);

        String text = PrintingFixture.text(printing.make(fixture.clientId,
                DocumentRequest.letter(fixture.referralId)).pdf());

        assertEquals(List.of(fixture.clientId), askedFor);
        assertTrue(text.contains("Dear Dr. Ada Osei,"), text);
        assertTrue(text.contains("Marie-Hélène Côté"), text);
        assertTrue(text.contains("Tuesday Walking Group — Agreed"), text);
        assertTrue(text.contains("The client did not take up any of the programs prescribed."), text);
        assertTrue(text.contains("WEMWBS (short form)"), text);
        assertTrue(text.contains("At the start: 18.0. Latest: 23.5. Change: +5.5 (better)."), text);
        assertTrue(text.contains("UCLA loneliness"), text);
        assertTrue(text.contains("Appeler après la première marche"), text);
        assertFalse(text.contains("No survey scores"), text);
    }

    @Test
    void prescriberLetter_withoutScores_saysNoneAreRecordedYet() {
        journey(Language.ENGLISH);
        complete();

        String text = make(DocumentKind.PRESCRIBER_LETTER);

        assertTrue(text.contains("No survey scores are recorded yet."), text);
        assertTrue(text.contains("The referral is now: Completed."), text);
    }

    @Test
    void prescriberLetter_needsACompletedOrClosedReferral() {
        journey(Language.ENGLISH);

        NothingToPrintException refused = assertThrows(NothingToPrintException.class,
                () -> make(DocumentKind.PRESCRIBER_LETTER));
        assertEquals("printing.error.noClosedReferral", refused.messageKey());
    }

    @Test
    void partnerNote_sharesOnlyWhatWasTicked_andLogsTheDisclosure() {
        journey(Language.FRENCH);
        PrintingService printing = fixture.context.printing();

        Printout minimal = printing.make(fixture.clientId, DocumentRequest.partnerNote(fixture.prescriptionId, Set.of()));
        Printout more = printing.make(fixture.clientId, DocumentRequest.partnerNote(fixture.prescriptionId,
                Set.of(ShareItem.CONTACT_DETAILS, ShareItem.GOALS)));
        printing.delivered(more);

        String least = PrintingFixture.text(minimal.pdf());
        assertTrue(least.contains(PrintingFixture.PARTNER), least);
        assertTrue(least.contains("Mimi Côté") && least.contains("Tuesday Walking Group"), least);
        assertTrue(least.contains("French"), least);
        for (String secret : List.of("613-555-0123", "mimi@example.org", "1948", PrintingFixture.GOALS,
                "Billets d'autobus", PrintingFixture.PRIVATE_NOTE, PrintingFixture.PRESCRIPTION_NOTE, "CHC-4242")) {
            assertFalse(least.contains(secret), "not agreed: " + secret);
        }
        String shared = PrintingFixture.text(more.pdf());
        assertTrue(shared.contains("613-555-0123") && shared.contains("mimi@example.org"), shared);
        assertTrue(shared.contains(PrintingFixture.GOALS) && shared.contains("Sortir de la maison"), shared);
        assertFalse(shared.contains("1948"), "the date of birth was not ticked");
        assertEquals(java.util.Optional.of(fixture.partnerId), more.sharedWith());
        assertEquals(1, (int) fixture.context.database().read(dsl -> dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.TABLE_NAME.eq(PrintingService.DISCLOSURE).and(AUDIT_EVENT.RECORD_ID.eq(fixture.partnerId))
                        .and(AUDIT_EVENT.ACTION.eq("disclose")))));
        assertEquals(1, (int) fixture.context.database().read(dsl -> dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.TABLE_NAME.eq("client").and(AUDIT_EVENT.RECORD_ID.eq(fixture.clientId))
                        .and(AUDIT_EVENT.ACTION.eq("disclose")))), "the client's record left the CHC once");
    }

    @Test
    void makingADocument_isAuditedAsAViewOfTheClientsRecord() {
        journey(Language.FRENCH);
        int before = views();

        make(DocumentKind.CLIENT_COPY);

        assertTrue(views() > before, "a printout is a view of the record");
    }

    @Test
    void emrText_isPlainTextWithTheReferralAndEachPrescription() {
        journey(Language.FRENCH);

        Printout emr = fixture.context.printing().make(fixture.clientId, DocumentRequest.of(DocumentKind.EMR_TEXT));

        assertFalse(emr.hasPdf());
        assertTrue(emr.text().startsWith("Social prescribing summary\n"), emr.text());
        assertTrue(emr.text().contains("Client: Marie-Hélène Côté (Mimi)"), emr.text());
        assertTrue(emr.text().contains("Chart number: CHC-4242"), emr.text());
        assertTrue(emr.text().contains("- Tuesday Walking Group — Agreed. Help arranged: Bus tickets — Billets fournis par le CSC"),
                emr.text());
        assertTrue(emr.text().contains("Next step: Appeler après la première marche (by "), emr.text());
        assertTrue(emr.fileName().endsWith(".txt"), emr.fileName());
    }

    @Test
    void paperSize_followsTheSetting() throws IOException {
        journey(Language.FRENCH);
        PrintoutSettings settings = fixture.context.printing().settings();
        settings.save(settings.letterhead().withPaper(PaperSize.A4), java.util.Optional.empty());

        byte[] pdf = fixture.context.printing().make(fixture.clientId, DocumentRequest.of(DocumentKind.CLIENT_COPY)).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(595.0, document.getPage(0).getMediaBox().getWidth(), 1.0);
        }
    }

    private void complete() {
        Referral r = fixture.context.referrals().open(fixture.referralId);
        assertEquals(ReferralStatus.IN_PROGRESS, r.status(), "the contact recorded started the work");
        fixture.context.referrals().changeStatus(r.id(), r.version(), ReferralStatus.COMPLETED, "Connected to a walking group");
    }

    private int views() {
        return fixture.context.database().read(dsl -> dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq("view").and(AUDIT_EVENT.RECORD_ID.eq(fixture.clientId))
                        .and(AUDIT_EVENT.TABLE_NAME.eq("client"))));
    }
}
