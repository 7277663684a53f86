package org.linkwell.core;

import java.nio.file.Path;

/** The data file is encrypted and was opened without its key, or with a key that does not open it. */
public final class EncryptedDatabaseException extends RuntimeException {
    public enum Problem { KEY_NEEDED, WRONG_KEY }

    private final Problem problem;
    private final Path file;

    public EncryptedDatabaseException(Problem problem, Path file, Throwable cause) {
        super(problem == Problem.KEY_NEEDED ? "the data file is encrypted and needs its key: " + file.getFileName()
                : "the key does not open the data file: " + file.getFileName(), cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
