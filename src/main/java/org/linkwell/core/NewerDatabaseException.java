package org.linkwell.core;

/** The data file was written by a newer Linkwell; this version must not touch it. */
public class NewerDatabaseException extends RuntimeException {
    private final String fileVersion;
    private final String appVersion;

    public NewerDatabaseException(String fileVersion, String appVersion) {
        super("database schema " + fileVersion + " is newer than this Linkwell knows (" + appVersion + ")");
        this.fileVersion = fileVersion;
        this.appVersion = appVersion;
    }

    public String fileVersion() {
        return fileVersion;
    }

    public String appVersion() {
        return appVersion;
    }
}
