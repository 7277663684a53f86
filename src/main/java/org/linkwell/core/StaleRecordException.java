package org.linkwell.core;

/** Someone else saved the record after it was opened; the user's edits must be kept on screen. */
public class StaleRecordException extends RuntimeException {
    public StaleRecordException(String table, long id) {
        super("stale version of " + table + " " + id);
    }
}
