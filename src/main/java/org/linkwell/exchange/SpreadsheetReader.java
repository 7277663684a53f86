package org.linkwell.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a program list as people keep it: a CSV file (UTF-8) or an Excel workbook (first sheet). Partner
 * organisations come along when there is an organizations.csv in the same folder, or a sheet named
 * Organizations in the workbook. Refuses, with an {@link ImportException}, a file it cannot read.
 */
public final class SpreadsheetReader {
    public static final String ORGANIZATIONS_CSV = "organizations.csv";

    private SpreadsheetReader() {
    }

    public static Sheet read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportProblem.inFile(name, "import.file.unreadable", file.toString()));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return CsvFiles.read(file, true).withOrganizations(organizationsBeside(file));
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            return XlsxFiles.read(file);
        }
        throw new ImportException(ImportProblem.inFile(name, "import.file.type"));
    }

    /** Whether {@link #read} would take this path as a spreadsheet (and not an HSDS folder). */
    public static boolean isSpreadsheet(Path path) {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (lower.endsWith(".csv") || lower.endsWith(".txt")
                || lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls"));
    }

    private static Optional<Sheet> organizationsBeside(Path programs) {
        Path folder = programs.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        Path organizations = folder.resolve(ORGANIZATIONS_CSV);
        if (!Files.isRegularFile(organizations) || programs.getFileName().toString().equalsIgnoreCase(ORGANIZATIONS_CSV)) {
            return Optional.empty();
        }
        return Optional.of(CsvFiles.read(organizations, false));
    }
}
