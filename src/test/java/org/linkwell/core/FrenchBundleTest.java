package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.linkwell.testing.EnglishWords;

/** The French bundle is French: no English words, month names or number formats left in its texts. */
class FrenchBundleTest {
    @Test
    void frenchTextsHaveNoEnglishLeft() throws IOException {
        Properties fr = MessageBundlesTest.load("messages_fr.properties");
        EnglishWords english = new EnglishWords();
        TreeMap<String, String> leftovers = new TreeMap<>();
        for (String key : fr.stringPropertyNames()) {
            if (EnglishWords.QUOTING_ENGLISH_KEYS.contains(key)) {
                continue;
            }
            String why = english.why(fr.getProperty(key).replaceAll("\\{[^}]*}", " "));
            if (!why.isEmpty()) {
                leftovers.put(key, why + ": " + fr.getProperty(key));
            }
        }
        assertEquals(new TreeMap<>(), leftovers, "French texts with English left in them");
    }
}
