package org.linkwell.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.Main;
import org.linkwell.app.AppContext;
import org.linkwell.core.Messages;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.testing.TestDatabases;

/** Every shipped instrument prints as a blank paper form in English and in French, every question and answer on it. */
class BlankFormTest {
    @TempDir
    Path folder;

    @Test
    void everyShippedInstrument_printsEveryQuestionAndAnswer_inBothLanguages() throws Exception {
        try (AppContext context = AppContext.open(folder.resolve("forms.db"), TestDatabases.CLOCK)) {
            for (InstrumentDefinition instrument : context.surveys().instruments().current()) {
                for (Locale language : Messages.SUPPORTED) {
                    String lang = language.getLanguage();
                    Printout form = context.printing().blankForm(instrument, language);
                    String text = PrintingFixture.text(form.pdf());
                    String where = instrument.id() + " in " + lang;
                    assertTrue(text.contains(oneLine(instrument.name().get(lang))), where + ": title\n" + text);
                    assertTrue(text.contains(lang.equals("fr") ? "Questions" : "Questions"), where);
                    for (InstrumentDefinition.Item item : instrument.items()) {
                        assertTrue(text.contains(oneLine(item.text().get(lang))), where + ": " + item.id() + "\n" + text);
                        for (InstrumentDefinition.Option option : item.options()) {
                            assertTrue(text.contains(oneLine(option.label().get(lang))),
                                    where + ": option " + option.label() + "\n" + text);
                        }
                    }
                    assertTrue(text.contains(oneLine(instrument.citation()).substring(0, 20)), where + ": citation");
                    assertEquals(DocumentKind.BLANK_FORM, form.kind());
                }
            }
        }
    }

    @Test
    void frenchForm_speaksFrench() throws Exception {
        try (AppContext context = AppContext.open(folder.resolve("forms.db"), TestDatabases.CLOCK)) {
            InstrumentDefinition ucla = context.surveys().instruments().latest("ucla3").orElseThrow();
            String text = PrintingFixture.text(context.printing().blankForm(ucla, Messages.FRENCH).pdf());
            assertTrue(text.contains("Comment répondre") || text.contains("Questions"), text);
            assertTrue(text.contains("Nom") && text.contains("du premier questionnaire"), text);
            assertTrue(oneLine(text).contains(oneLine(ucla.licence().get("fr")).substring(0, 40)), "French licence\n" + text);
            assertTrue(!oneLine(text).contains(oneLine(ucla.licence().get("en")).substring(0, 40)), "no English licence");
        }
    }

    @Test
    void printFormCommand_writesThePdf() throws Exception {
        Path out = folder.resolve("ons4-fr.pdf");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("--db", folder.resolve("cli.db").toString(), "print", "form", "--instrument", "ons4",
                        "--language", "fr", "--out", out.toString());
        assertEquals(0, exit, err.toString());
        assertTrue(PrintingFixture.text(Files.readAllBytes(out)).contains("Page 1"), "a real PDF with page numbers");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
