package org.linkwell.exchange;

import java.util.List;

/** An import cannot go on; every problem found so far says where and what is expected. */
public final class ImportException extends RuntimeException {
    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "import refused" : problems.get(0).englishText()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an ImportException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
