package org.linkwell.core;

import java.nio.file.Path;

/** A backup could not be made, checked or restored; {@link #problem()} says which message to show. */
public final class BackupException extends RuntimeException {
    public enum Problem { FOLDER_UNWRITABLE, NOT_FOUND, DAMAGED, NOT_LINKWELL, FROM_NEWER_VERSION, ENCRYPTED }

    private final Problem problem;
    private final Path file;

    public BackupException(Problem problem, Path file, Throwable cause) {
        super(problem + ": " + file.getFileName(), cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    public String messageKey() {
        return "backup.problem." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
