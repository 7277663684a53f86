package org.linkwell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void dataFolder_followsEachOperatingSystemsConvention() {
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming", "Linkwell"),
                AppPaths.dataFolder("Windows 11", Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "C:/Users/ana", Optional.empty()));
        assertEquals(Path.of("/Users/ana/Library/Application Support/Linkwell"),
                AppPaths.dataFolder("Mac OS X", Map.of(), "/Users/ana", Optional.empty()));
        assertEquals(Path.of("/home/ana/.local/share/linkwell"),
                AppPaths.dataFolder("Linux", Map.of(), "/home/ana", Optional.empty()));
        assertEquals(Path.of("/data/xdg/linkwell"),
                AppPaths.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/ana", Optional.empty()));
        assertEquals(Path.of("/tmp/portable"),
                AppPaths.dataFolder("Linux", Map.of(), "/home/ana", Optional.of("/tmp/portable")));
    }

    @Test
    void databaseFile_commandLineWins() {
        assertEquals(Path.of("/srv/clinic.db"), AppPaths.databaseFile(Optional.of(Path.of("/srv/clinic.db"))));
    }
}
