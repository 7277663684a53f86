package org.linkwell.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.Language;
import org.linkwell.core.Access;
import org.linkwell.core.Messages;
import org.linkwell.lockbox.BreakGlassKind;
import org.linkwell.lockbox.LockboxService;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.surveys.SurveyResponse;

/** What a client's lockbox withholds never reaches a printout; the chart copy and the EMR text say something is. */
class LockboxPrintingTest {
    static final String HOPES = "Sortir de la maison";
    static final String SUPPORT_NOTE = "Billets fournis par le CSC";
    static final String STATUS_REASON = "Connected to a walking group";
    static final String NOTICE = "Part of this record is withheld at the client's request.";

    @TempDir
    Path folder;
    PrintingFixture fixture;
    LockboxService lockbox;
    /** No one is signed in: the printouts are made for the session's "local" person, who records directives too. */
    Access desk = Access.everything("local");

    @BeforeEach
    void journeyWithScoresAndACompletedReferral() {
        fixture = new PrintingFixture(folder, Language.ENGLISH);
        fixture.context.messages().setLocale(Messages.ENGLISH);
        lockbox = fixture.context.lockbox();
        var responses = fixture.context.surveys().responses();
        responses.record(ucla(1, LocalDate.of(2026, 11, 2), 3));
        responses.record(ucla(2, LocalDate.of(2026, 11, 23), 1));
        Referral r = fixture.context.referrals().open(fixture.referralId);
        fixture.context.referrals().changeStatus(r.id(), r.version(), ReferralStatus.COMPLETED, STATUS_REASON);
    }

    private SurveyResponse ucla(int timepoint, LocalDate on, int answer) {
        return SurveyResponse.draft(fixture.clientId, "ucla3", 1, timepoint, on, SurveyResponse.Mode.ON_SCREEN,
                SurveyResponse.Status.COMPLETED, Map.of("companionship", answer, "left-out", answer, "isolated", answer));
    }

    @AfterEach
    void close() {
        fixture.context.close();
    }

    /** Every document about the client, as printed (PDF) and as pasted (plain text). */
    private Map<DocumentKind, String> everyDocument() {
        Map<DocumentKind, String> texts = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind == DocumentKind.BLANK_FORM) {
                continue;
            }
            DocumentRequest request = kind == DocumentKind.PARTNER_NOTE
                    ? DocumentRequest.partnerNote(fixture.prescriptionId, Set.of(ShareItem.values()))
                    : DocumentRequest.of(kind);
            Printout printout = fixture.context.printing().make(fixture.clientId, request);
            String pdf = kind == DocumentKind.EMR_TEXT ? "" : PrintingFixture.text(printout.pdf());
            texts.put(kind, printout.text().replaceAll("\\s+", " ") + " | " + pdf);
        }
        return texts;
    }

    private static boolean anyContains(Map<DocumentKind, String> texts, String wanted) {
        return texts.values().stream().anyMatch(text -> text.contains(wanted));
    }

    @Test
    void withheldNotes_appearInNoDocument_andTheChartCopyAndEmrTextSaySomethingIsWithheld() {
        // The contact note is never printed; the others are, while nothing is withheld.
        List<String> notes = List.of(PrintingFixture.PRESCRIPTION_NOTE, HOPES, SUPPORT_NOTE, STATUS_REASON,
                "Bereavement");
        Map<DocumentKind, String> before = everyDocument();
        notes.forEach(note -> assertTrue(anyContains(before, note), note + " is printed while nothing is withheld"));
        assertFalse(anyContains(before, NOTICE));

        lockbox.add(fixture.clientId, RecordPart.NOTES, Optional.empty(), desk);
        Map<DocumentKind, String> after = everyDocument();

        after.forEach((kind, text) -> notes.forEach(note ->
                assertFalse(text.contains(note), kind + " still shows " + note + ": " + text)));
        assertFalse(anyContains(after, PrintingFixture.PRIVATE_NOTE));
        assertTrue(after.get(DocumentKind.CHART_COPY).contains(NOTICE), after.get(DocumentKind.CHART_COPY));
        assertTrue(after.get(DocumentKind.EMR_TEXT).contains(NOTICE), after.get(DocumentKind.EMR_TEXT));
        assertFalse(after.get(DocumentKind.CLIENT_COPY).contains(NOTICE), "the client's own copy needs no notice");
        assertTrue(after.get(DocumentKind.CLIENT_COPY).contains("Tuesday Walking Group"), "the rest still prints");
        assertTrue(after.get(DocumentKind.PRESCRIBER_LETTER).contains("Appeler après la première marche"),
                "the next step is work to do, not a note");
    }

    @Test
    void withheldSurveys_leaveTheScoresOutOfTheLetterToThePrescriber() {
        String measure = fixture.context.surveys().outcomes().forClient(fixture.clientId).get(0).label().get("en");
        assertTrue(everyDocument().get(DocumentKind.PRESCRIBER_LETTER).contains(measure), "scores print while shared");

        lockbox.add(fixture.clientId, RecordPart.SURVEYS, Optional.empty(), desk);
        Map<DocumentKind, String> after = everyDocument();

        after.forEach((kind, text) -> assertFalse(text.contains(measure), kind + " shows " + measure));
        assertFalse(after.get(DocumentKind.PRESCRIBER_LETTER).contains("No survey scores"),
                "the letter does not claim there are none");
        assertTrue(after.get(DocumentKind.CHART_COPY).contains(NOTICE));
        assertTrue(after.get(DocumentKind.EMR_TEXT).contains(NOTICE));
    }

    @Test
    void withheldEquityAnswers_areNotEvenInWhatPrintoutsDrawOn() {
        assertFalse(fixture.context.printing().dossier(fixture.clientId).client().equity().answers().isEmpty());

        lockbox.add(fixture.clientId, RecordPart.EQUITY, Optional.empty(), desk);

        assertTrue(fixture.context.printing().dossier(fixture.clientId).client().equity().answers().isEmpty());
        Map<DocumentKind, String> after = everyDocument();
        for (Messages words : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.FRENCH))) {
            String metis = words.get(org.linkwell.clients.EquityQuestion.INDIGENOUS.answerKey("metis"));
            after.forEach((kind, text) -> assertFalse(text.contains(metis), kind + " shows an equity answer"));
        }
        assertTrue(after.get(DocumentKind.CHART_COPY).contains(NOTICE));
        assertTrue(after.get(DocumentKind.EMR_TEXT).contains(NOTICE));
    }

    @Test
    void aWholeRecordWithheld_printsNothing_untilTheGlassIsBroken() {
        lockbox.add(fixture.clientId, RecordPart.WHOLE_RECORD, Optional.empty(), desk);

        for (DocumentKind kind : List.of(DocumentKind.CLIENT_COPY, DocumentKind.CHART_COPY,
                DocumentKind.PRESCRIBER_LETTER, DocumentKind.EMR_TEXT)) {
            NothingToPrintException refused = assertThrows(NothingToPrintException.class,
                    () -> fixture.context.printing().make(fixture.clientId, DocumentRequest.of(kind)));
            assertEquals("lockbox.print.wholeRecord", refused.messageKey());
        }

        lockbox.breakGlass(fixture.clientId, BreakGlassKind.CONTINUITY, "Prescriber asks for the closing letter", desk);

        assertTrue(everyDocument().get(DocumentKind.CHART_COPY).contains(PrintingFixture.PRESCRIPTION_NOTE));
    }

    @Test
    void aDirectiveNamingSomeoneElse_doesNotChangeThisPersonsPrintouts() {
        Map<DocumentKind, String> before = everyDocument();

        lockbox.add(fixture.clientId, RecordPart.NOTES, Optional.of(fixture.context.staff().all().get(0).id()), desk);

        assertEquals(before, everyDocument());
    }
}
