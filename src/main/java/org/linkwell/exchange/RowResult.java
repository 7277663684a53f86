package org.linkwell.exchange;

import java.util.List;
import java.util.Optional;
import org.linkwell.programs.CatalogUpdate;

/**
 * One program row of an import: its row number in the main file (programs sheet, or service.csv), the
 * program's name as written, the program ready to save when the row is good, and the row's problems
 * (which may point into other files of an HSDS package, e.g. schedule.csv).
 */
public record RowResult(int row, String name, Optional<CatalogUpdate.ImportedProgram> program,
                        List<ImportProblem> problems) {

    public RowResult {
        problems = List.copyOf(problems);
        if (program.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a row with problems has no program to save");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** This row with one more problem, and so without a program to save. */
    public RowResult withProblem(ImportProblem problem) {
        List<ImportProblem> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new RowResult(row, name, Optional.empty(), more);
    }
}
