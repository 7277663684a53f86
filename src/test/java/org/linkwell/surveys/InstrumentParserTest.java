package org.linkwell.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;

/** A definition file with a problem is refused, naming the line and what is wrong, in the user's language. */
class InstrumentParserTest {
    static final String REVERSED_SCALE = """
            {
              "id": "test-scale",
              "version": 1,
              "name": {"en": "Test scale", "fr": "Échelle d'essai"},
              "citation": "Made up for a test.",
              "licence": "None needed.",
              "optionSets": {
                "four": [
                  {"value": 1, "label": {"en": "Never", "fr": "Jamais"}},
                  {"value": 2, "label": {"en": "Sometimes", "fr": "Parfois"}},
                  {"value": 3, "label": {"en": "Often", "fr": "Souvent"}},
                  {"value": 4, "label": {"en": "Always", "fr": "Toujours"}}
                ]
              },
              "items": [
                {"id": "a", "text": {"en": "A?", "fr": "A?"}, "options": "four"},
                {"id": "b", "text": {"en": "B?", "fr": "B?"}, "options": "four", "reverse": true},
                {"id": "c", "text": {"en": "C?", "fr": "C?"}, "options": "four"}
              ],
              "measures": [
                {"id": "total", "label": {"en": "Total", "fr": "Total"}, "items": ["a", "b", "c"], "rule": "sum",
                 "maxMissing": 1, "higherIsBetter": true,
                 "bands": [{"from": 3, "to": 5, "label": {"en": "low", "fr": "bas"}},
                           {"from": 6, "to": 12, "label": {"en": "high", "fr": "haut"}}]},
                {"id": "average", "label": {"en": "Average", "fr": "Moyenne"}, "items": ["a", "b", "c"],
                 "rule": "mean", "higherIsBetter": true}
              ]
            }
            """;

    private static InstrumentDefinitionException refused(String json) {
        return assertThrows(InstrumentDefinitionException.class, () -> InstrumentParser.parse(json));
    }

    @Test
    void aGoodFileReads_andWritesBackTheSame() {
        InstrumentDefinition scale = InstrumentParser.parse(REVERSED_SCALE);
        assertEquals(3, scale.items().size());
        assertEquals(true, scale.item("b").orElseThrow().reverse());
        assertEquals(scale, InstrumentParser.parse(InstrumentWriter.write(scale)));
        InstrumentDefinition ons4 = InstrumentServiceTest.shipped("ons4");
        assertEquals(ons4, InstrumentParser.parse(InstrumentWriter.write(ons4)));
    }

    @Test
    void anUnknownOptionSet_isRefusedOnItsLine() {
        InstrumentDefinitionException e = refused(REVERSED_SCALE.replace("\"options\": \"four\", \"reverse\"",
                "\"options\": \"five\", \"reverse\""));
        assertEquals(17, e.line());
        assertEquals("instrument.error.noSuchSet", e.messageKey());
    }

    @Test
    void aMeasureNamingAnItemThatIsNotThere_isRefusedOnItsLine() {
        InstrumentDefinitionException e = refused(REVERSED_SCALE.replace("\"items\": [\"a\", \"b\", \"c\"], \"rule\": \"sum\"",
                "\"items\": [\"a\", \"b\", \"d\"], \"rule\": \"sum\""));
        assertEquals(21, e.line());
        assertEquals("instrument.error.noSuchItem", e.messageKey());
    }

    @Test
    void syntaxErrors_missingFields_overlappingBands_andTyposAreRefusedOnTheirLines() {
        assertEquals(4, refused(REVERSED_SCALE.replace("\"version\": 1,", "\"version\": 1")).line(),
                "a missing comma is found where the next field starts");
        InstrumentDefinitionException missing = refused(REVERSED_SCALE.replace("\"higherIsBetter\": true,\n", "\n"));
        assertEquals("instrument.error.missing", missing.messageKey());
        assertEquals(21, missing.line());
        InstrumentDefinitionException overlap = refused(REVERSED_SCALE.replace("{\"from\": 6,", "{\"from\": 5,"));
        assertEquals("instrument.error.bandOverlap", overlap.messageKey());
        assertEquals(24, overlap.line());
        InstrumentDefinitionException typo = refused(REVERSED_SCALE.replace("\"reverse\": true", "\"revers\": true"));
        assertEquals("instrument.error.unknownField", typo.messageKey());
        assertEquals(17, typo.line());
        InstrumentDefinitionException noFrench = refused(REVERSED_SCALE.replace(
                "{\"en\": \"Test scale\", \"fr\": \"Échelle d'essai\"}", "{\"en\": \"Test scale\"}"));
        assertEquals("instrument.error.missing", noFrench.messageKey());
        assertEquals(4, noFrench.line());
        InstrumentDefinitionException sameValue = refused(REVERSED_SCALE.replace("{\"value\": 2,", "{\"value\": 1,"));
        assertEquals("instrument.error.sameValue", sameValue.messageKey());
        assertEquals(10, sameValue.line());
        assertEquals(1, refused("").line());
    }

    @Test
    void theMessageNamesTheLineInEnglishAndFrench() {
        InstrumentDefinitionException e = refused(REVERSED_SCALE.replace("\"options\": \"four\", \"reverse\"",
                "\"options\": \"five\", \"reverse\""));
        assertEquals("Line 17: there is no option set called \"five\" (define it under \"optionSets\").",
                InstrumentErrors.describe(new Messages(Messages.ENGLISH), e));
        assertEquals("Ligne 17 : il n'y a pas d'ensemble d'options nommé « five » (définissez-le sous « optionSets »).",
                InstrumentErrors.describe(new Messages(Messages.FRENCH), e));
    }
}
