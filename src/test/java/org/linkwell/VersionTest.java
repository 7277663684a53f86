package org.linkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linkwell.testing.PomFacts;

class VersionTest {
    @Test
    void current_isThePomVersion() {
        assertEquals(PomFacts.version(), Version.current());
    }

    @Test
    void licence_comesFromThePom() {
        assertTrue(Version.licence().startsWith("Apache License"), Version.licence());
    }

    @Test
    void commandLineVersion_showsThePomVersion() {
        assertEquals("Linkwell " + PomFacts.version(), new Version.Provider().getVersion()[0]);
    }
}
