package org.linkwell.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkwell.core.Messages;
import org.linkwell.help.UserGuide.BlockKind;
import org.linkwell.help.UserGuide.Span;
import org.linkwell.help.UserGuide.SpanStyle;

class UserGuideTest {
    @Test
    void parse_readsHeadingsBulletsParagraphsAndInlineStyles() {
        UserGuide guide = UserGuide.parse("""
                # Title

                First line
                continues here.

                ## Section
                - Press `Ctrl+N` for a **new** client.
                """);

        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.SECTION, BlockKind.BULLET),
                guide.blocks().stream().map(UserGuide.Block::kind).toList());
        assertEquals("First line continues here.", guide.blocks().get(1).text());
        assertEquals(List.of(new Span("Press ", SpanStyle.PLAIN), new Span("Ctrl+N", SpanStyle.KEY),
                new Span(" for a ", SpanStyle.PLAIN), new Span("new", SpanStyle.STRONG),
                new Span(" client.", SpanStyle.PLAIN)), guide.blocks().get(3).spans());
    }

    @Test
    void englishAndFrenchGuides_haveTheSameSections_inTheirOwnLanguage() {
        UserGuide english = UserGuide.forLocale(Messages.ENGLISH);
        UserGuide french = UserGuide.forLocale(Messages.FRENCH);

        assertEquals(english.sections().size(), french.sections().size());
        assertEquals(english.blocks().size(), french.blocks().size(), "same paragraphs and bullets in both");
        assertEquals("Linkwell user guide", english.title());
        assertEquals("Guide d'utilisation de Linkwell", french.title());
        assertTrue(french.sections().contains("Trouver et ajouter un client"), french.sections().toString());
    }

    @Test
    void guide_coversWhatStaffNeed() {
        List<String> sections = UserGuide.forLocale(Messages.ENGLISH).sections();
        for (String topic : List.of("Finding and adding a client", "A referral's journey", "Prescribing", "Surveys",
                "Printing", "Reports", "Settings", "Backups", "Privacy")) {
            assertTrue(sections.contains(topic), topic + " missing from " + sections);
        }
    }
}
