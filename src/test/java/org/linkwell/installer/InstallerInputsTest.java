package org.linkwell.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.linkwell.Main;
import org.linkwell.core.AppPaths;

/** The installers are built on other machines (CI): check here that what they read is in place. */
class InstallerInputsTest {
    private static final Path INSTALLER = Path.of("installer");

    @ParameterizedTest
    @CsvSource({"linux, Linkwell.png, 89504E47", "windows, Linkwell.ico, 00000100", "macos, Linkwell.icns, 69636E73"})
    void eachOperatingSystem_hasItsIconAndBackupFileAssociation(String os, String icon, String magicHex) throws IOException {
        Path iconFile = INSTALLER.resolve(os).resolve(icon);
        assertTrue(Files.size(iconFile) > 1000, iconFile + " is missing or empty");
        byte[] start = Arrays.copyOf(Files.readAllBytes(iconFile), 4);
        assertArrayEquals(java.util.HexFormat.of().parseHex(magicHex), start, iconFile + " is not a " + icon + " file");

        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(INSTALLER.resolve(os).resolve("lwbackup.properties"), StandardCharsets.UTF_8)) {
            association.load(in);
        }
        assertEquals(AppPaths.BACKUP_EXTENSION, association.getProperty("extension"));
        assertEquals(AppPaths.BACKUP_MIME_TYPE, association.getProperty("mime-type"));
        assertEquals("installer/" + os + "/" + icon, association.getProperty("icon"));
    }

    @Test
    void buildScript_takesTheVersionMavenFilteredFromThePom_andStartsTheRealMainClass() throws IOException {
        String script = Files.readString(INSTALLER.resolve("build.sh"));
        assertTrue(script.contains("target/classes/org/linkwell/version.properties"), "version comes from the pom");
        assertTrue(script.contains("--main-class " + Main.class.getName()), "main class");
        assertTrue(script.contains("--main-jar linkwell.jar"), "the shaded jar");
        assertTrue(Files.isExecutable(INSTALLER.resolve("build.sh")), "build.sh must be executable");
        assertTrue(Files.exists(Path.of("LICENSE")), "the installers show the licence");
    }

    @Test
    void commandLine_acceptsTheFileTheDesktopOpensLinkwellWith() {
        // The Linux menu entry runs "Linkwell %f" and Windows/macOS pass the double-clicked file:
        // picocli must not refuse it, or a double-clicked backup would not even start the app.
        var parsed = Main.commandLine().parseArgs("--db", "clinic.db", "/home/ana/friday." + AppPaths.BACKUP_EXTENSION);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
    }

    @Test
    void ciWorkflow_buildsOnEveryOperatingSystem() throws IOException {
        String workflow = Files.readString(Path.of(".github/workflows/installers.yml"));
        for (String runner : new String[] {"ubuntu-", "windows-", "macos-"}) {
            assertTrue(workflow.contains(runner), runner + " missing from the matrix");
        }
        assertTrue(workflow.contains("installer/build.sh"));
    }
}
