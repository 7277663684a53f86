package org.linkwell.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Linkwell keeps its data file and logs on each operating system. */
public final class AppPaths {
    /** System property that moves the whole data folder (used by tests and portable installs). */
    public static final String HOME_PROPERTY = "linkwell.home";
    public static final String DB_ENV = "LINKWELL_DB";
    /** Linkwell backup files; the installers associate this extension and MIME type with the app. */
    public static final String BACKUP_EXTENSION = "lwbackup";
    public static final String BACKUP_MIME_TYPE = "application/x-linkwell-backup";

    private AppPaths() {
    }

    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                Optional.ofNullable(System.getProperty(HOME_PROPERTY)));
    }

    static Path dataFolder(String osName, Map<String, String> env, String userHome, Optional<String> override) {
        if (override.isPresent() && !override.get().isBlank()) {
            return Path.of(override.get());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", Path.of(userHome, "AppData", "Roaming").toString());
            return Path.of(appData, "Linkwell");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Linkwell");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("linkwell");
    }

    /** The database file: --db wins, then LINKWELL_DB, then the per-OS default. */
    public static Path databaseFile(Optional<Path> commandLine) {
        if (commandLine.isPresent()) {
            return commandLine.get().toAbsolutePath();
        }
        String env = System.getenv(DB_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return dataFolder().resolve("linkwell.db");
    }

    public static Path logFolder() {
        return dataFolder().resolve("logs");
    }
}
