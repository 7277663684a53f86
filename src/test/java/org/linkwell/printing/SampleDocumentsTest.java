package org.linkwell.printing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.Language;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Messages;
import org.linkwell.sampledata.SampleCatalogLoader;
import org.linkwell.testing.TestDatabases;

/** Every document made for clients of the bundled sample CHC, as a navigator would print them. */
class SampleDocumentsTest {
    @TempDir
    Path folder;

    @Test
    void sampleClients_getTheirPrescriptionsInTheirLanguage_withoutEquityData() {
        try (AppContext context = TestDatabases.trusted(AppContext.open(folder.resolve("sample.db"), TestDatabases.CLOCK))) {
            context.messages().setLocale(Messages.ENGLISH);
            context.sampleData().loadBundled();
            SampleCatalogLoader.loadBundled(context.exchange());
            context.sampleJourneys().loadBundled();
            PrintingService printing = context.printing();
            int french = 0;
            int letters = 0;
            int notes = 0;
            List<ClientSummary> clients = context.clients().search("", StatusFilter.OPEN, 25);
            for (ClientSummary summary : clients) {
                ClientDossier dossier = printing.dossier(summary.id());
                if (dossier.activePrescriptions().isEmpty()) {
                    continue;
                }
                Client client = dossier.client();
                String copy = PrintingFixture.text(printing.make(dossier, DocumentRequest.of(DocumentKind.CLIENT_COPY)).pdf());
                boolean inFrench = client.identity().language() == Language.FRENCH;
                french += inFrench ? 1 : 0;
                assertTrue(copy.contains(inFrench ? "Votre prescription sociale" : "Your social prescription")
                        || client.identity().language() == Language.OTHER, copy);
                assertTrue(copy.contains(dossier.preferredName()), dossier.preferredName() + ": " + copy);
                ProgramFacts facts = new ProgramFacts(new Messages(Messages.ENGLISH), dossier);
                dossier.activePrescriptions().forEach(p -> assertTrue(copy.contains(facts.what(p).replaceAll("\\s+", " ")),
                        facts.what(p) + " missing from " + copy));
                String programs = dossier.activePrescriptions().stream().flatMap(p -> dossier.program(p).stream())
                        .map(p -> p.name() + " " + p.description()).reduce("", String::concat);
                for (var answer : client.equity().answers().entrySet()) {
                    for (Messages words : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.FRENCH))) {
                        // Yes/no answers say nothing alone; a program named "Black Wellness Circle" is not equity data.
                        String label = words.get(answer.getKey().answerKey(answer.getValue()));
                        if (!Set.of("yes", "no").contains(answer.getValue()) && !programs.contains(label)) {
                            assertFalse(copy.contains(label), label + " on " + copy);
                        }
                        assertFalse(copy.contains(words.get(answer.getKey().messageKey())), "equity question on " + copy);
                    }
                }
                assertFalse(copy.contains(client.identity().chartNumber()), "no chart number on the client copy");
                String chart = PrintingFixture.text(printing.make(dossier, DocumentRequest.of(DocumentKind.CHART_COPY)).pdf());
                assertTrue(chart.contains("Chart copy — confidential") && chart.contains(client.identity().chartNumber()));
                if (dossier.journey().referrals().stream().anyMatch(r -> r.status().isClosed())) {
                    String letter = PrintingFixture.text(printing.make(dossier,
                            DocumentRequest.of(DocumentKind.PRESCRIBER_LETTER)).pdf());
                    assertTrue(letter.contains("What was prescribed") && letter.contains("No survey scores"), letter);
                    letters++;
                }
                if (dossier.activePrescriptions().stream().anyMatch(p -> dossier.organization(p).isPresent())) {
                    String note = PrintingFixture.text(printing.make(dossier,
                            DocumentRequest.of(DocumentKind.PARTNER_NOTE)).pdf());
                    assertFalse(!client.contact().phone().isBlank() && note.contains(client.contact().phone()),
                            "no phone unless agreed");
                    notes++;
                }
                assertTrue(printing.make(dossier, DocumentRequest.of(DocumentKind.EMR_TEXT)).text()
                        .contains(client.identity().chartNumber()));
            }
            assertTrue(french > 0 && letters > 0 && notes > 0, french + " " + letters + " " + notes);
        }
    }
}
