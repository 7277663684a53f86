package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.ClosureReason;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.ui.PageId;

/** English and French must say the same things: same keys, no empty text, every coded label present. */
class MessageBundlesTest {
    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/linkwell/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");

        TreeSet<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(fr.stringPropertyNames());
        TreeSet<String> onlyFrench = new TreeSet<>(fr.stringPropertyNames());
        onlyFrench.removeAll(en.stringPropertyNames());

        assertEquals(new TreeSet<>(), onlyEnglish, "keys missing in French");
        assertEquals(new TreeSet<>(), onlyFrench, "keys missing in English");
        en.forEach((key, value) -> assertTrue(!value.toString().isBlank(), "empty English text for " + key));
        fr.forEach((key, value) -> assertTrue(!value.toString().isBlank(), "empty French text for " + key));
    }

    @Test
    void everyCodedValueHasALabelInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (PageId page : PageId.values()) {
            keys.add(page.titleKey());
            keys.add(page.tourKey());
            keys.add("placeholder." + page.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (NeedDomain domain : NeedDomain.values()) {
            keys.add(domain.messageKey());
        }
        for (BarrierType barrier : BarrierType.values()) {
            keys.add(barrier.messageKey());
        }
        for (Language language : Language.values()) {
            keys.add(language.messageKey());
        }
        for (ClosureReason reason : ClosureReason.values()) {
            keys.add(reason.messageKey());
        }
        for (EquityQuestion question : EquityQuestion.values()) {
            keys.add(question.messageKey());
            question.answers().forEach(answer -> keys.add(question.answerKey(answer)));
        }
        for (var locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            keys.forEach(key -> assertTrue(messages.has(key), key + " missing for " + locale));
        }
    }

    @Test
    void frenchTextIsUsedForFrenchAndArgumentsAreFormatted() {
        Messages messages = new Messages(Messages.FRENCH);

        assertEquals("Courriel", messages.get("client.email"));
        assertEquals("Le numéro de dossier C-1 appartient déjà à un autre client.",
                messages.get("validation.chartNumber.taken", "C-1"));
        assertEquals("Linkwell n'a pas pu lire ou écrire son fichier de données. Rien de ce que vous avez saisi à "
                + "l'écran n'a été perdu. Les détails pour votre personne-ressource en informatique sont dans le "
                + "dossier des journaux : /x", messages.get("error.database", "/x"));
    }
}
