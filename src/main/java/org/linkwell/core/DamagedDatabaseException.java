package org.linkwell.core;

import java.nio.file.Path;

/** SQLite found the data file damaged (or it is not a database at all); nothing was changed in it. */
public final class DamagedDatabaseException extends RuntimeException {
    private final Path file;

    public DamagedDatabaseException(Path file, Throwable cause) {
        super("the data file is damaged: " + file.getFileName(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Whether SQLite's answer means "damaged" or "not a database" rather than, say, a locked file. */
    static boolean isDamage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException sqlite) {
                var code = sqlite.getResultCode();
                if (code == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT || code == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB) {
                    return true;
                }
            }
        }
        return false;
    }
}
