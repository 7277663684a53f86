package org.linkwell.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application on the chosen data file. */
public final class DesktopLauncher {
    private static volatile Path databaseFile;

    private DesktopLauncher() {
    }

    public static void launch(Path file) {
        databaseFile = file;
        Application.launch(LinkwellApp.class);
    }

    static Path databaseFile() {
        return databaseFile;
    }
}
