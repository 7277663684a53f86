package org.linkwell.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Messages;
import org.linkwell.printing.DocumentKind;
import org.linkwell.printing.DocumentRequest;
import org.linkwell.reports.OutcomeRow;
import org.linkwell.reports.ReportPeriod;
import org.linkwell.reports.ReportTable;
import org.linkwell.sampledata.SampleCatalogLoader;
import org.linkwell.surveys.ClientGroup;
import org.linkwell.surveys.ClientMeasure;
import org.linkwell.surveys.MeasureChange;
import org.linkwell.surveys.OutcomeQuery;
import org.linkwell.testing.TestDatabases;

/** The sample CHC's surveys reach the letter to the prescriber and the funder report through the composition root. */
class SurveyOutcomesWiringTest {
    @TempDir
    static Path folder;
    private static AppContext context;

    @BeforeAll
    static void loadTheSampleChc() {
        context = TestDatabases.trusted(AppContext.open(folder.resolve("sample.db"), TestDatabases.CLOCK));
        context.messages().setLocale(Messages.ENGLISH);
        context.sampleData().loadBundled();
        SampleCatalogLoader.loadBundled(context.exchange());
        context.sampleJourneys().loadBundled();
        context.sampleSurveys().loadBundled();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void letterToThePrescriber_showsTheClientsScores_baselineAndLatest() throws IOException {
        int letters = 0;
        for (ClientSummary summary : context.clients().search("", StatusFilter.ALL, 400)) {
            var dossier = context.printing().dossier(summary.id());
            boolean closed = dossier.journey().referrals().stream().anyMatch(r -> r.status().isClosed());
            List<ClientMeasure> followedUp = context.surveys().outcomes().forClient(summary.id()).stream()
                    .filter(m -> m.history().size() >= 2).toList();
            if (!closed || followedUp.isEmpty() || dossier.client().identity().language() != org.linkwell.clients.Language.ENGLISH) {
                continue;
            }
            String letter = text(context.printing().make(dossier, DocumentRequest.of(DocumentKind.PRESCRIBER_LETTER)).pdf());
            assertFalse(letter.contains("No survey scores"), letter);
            ClientMeasure measure = followedUp.get(0);
            assertTrue(letter.contains(measure.label().get("en")), measure.label() + " missing from " + letter);
            String words = new Messages(Messages.ENGLISH).get(measure.change().direction().messageKey());
            assertTrue(letter.contains(words), words + " missing from " + letter);
            if (++letters == 3) {
                break;
            }
        }
        assertEquals(3, letters, "sample clients with a closed referral and a follow-up survey");
    }

    @Test
    void funderReport_outcomesAreTheSurveysOwnSummary() {
        LocalDate to = LocalDate.now(TestDatabases.CLOCK);
        ReportPeriod year = new ReportPeriod(to.minusYears(1).plusDays(1), to);
        List<MeasureChange> expected = context.surveys().outcomes()
                .summarize(new OutcomeQuery(year.from(), year.to(), new ClientGroup.All())).measures();
        List<OutcomeRow> rows = new SurveyOutcomeFigures(context.surveys().outcomes())
                .outcomes(year.from(), year.to(), Optional.empty());

        assertFalse(expected.isEmpty(), "the sample year has paired surveys");
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.get(i).clients(), rows.get(i).clients());
            assertEquals(expected.get(i).meanChange(), rows.get(i).meanChange());
            assertEquals(expected.get(i).ciLow(), rows.get(i).ciLow());
        }
        List<ReportTable> outcomes = context.reports().report(year).outcomes();
        String shown = outcomes.stream().flatMap(table -> table.allRows().stream()).map(ReportTable.Row::label)
                .reduce("", (a, b) -> a + "|" + b);
        assertTrue(shown.contains(rows.get(0).label("en")), rows.get(0).label("en") + " not in " + shown);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
