package org.linkwell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version and licence from the pom, filtered into version.properties at build time, so the
 * window title, Help → About, exports and the installers all show the same number.
 */
public final class Version {
    public static final String RESOURCE = "/org/linkwell/version.properties";
    private static final Properties PROPERTIES = load();

    private Version() {
    }

    /** The pom's version, e.g. "0.1.0"; "dev" when run from sources that Maven did not filter. */
    public static String current() {
        return value("version", "dev");
    }

    public static String licence() {
        return value("licence", "");
    }

    public static String licenceUrl() {
        return value("licenceUrl", "");
    }

    private static String value(String key, String fallback) {
        String value = PROPERTIES.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? fallback : value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            properties.clear();
        }
        return properties;
    }

    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Linkwell " + current()};
        }
    }
}
