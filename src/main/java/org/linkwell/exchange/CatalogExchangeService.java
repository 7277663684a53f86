package org.linkwell.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.InterestOption;
import org.linkwell.programs.CatalogUpdate;
import org.linkwell.programs.ProgramService;

/**
 * Import and export of the program catalog, for the desktop app (from a background thread) and the
 * command line. An import is read and previewed first, then applied in one transaction: all or nothing,
 * or only the good rows when the user chooses to skip the bad ones after seeing them.
 */
public final class CatalogExchangeService {
    private final ProgramService programs;
    private final ClientService clients;
    private final Supplier<String> chcName;
    private final Clock clock;

    /** @param chcName the name of our CHC, asked for at export time (it may change in the settings) */
    public CatalogExchangeService(ProgramService programs, ClientService clients, Supplier<String> chcName,
                                  Clock clock) {
        this.programs = programs;
        this.clients = clients;
        this.chcName = chcName;
        this.clock = clock;
    }

    /** Reads a CSV or XLSX file (with its organisations, if any); an {@link ImportException} if it cannot. */
    public Sheet read(Path file) {
        return SpreadsheetReader.read(file);
    }

    public ColumnMapping guessMapping(Sheet sheet) {
        return ColumnMapping.guess(sheet.headers());
    }

    /** What importing the sheet with this mapping would do; saves nothing. */
    public ImportPreview preview(Sheet sheet, ColumnMapping mapping) {
        List<InterestOption> interests = clients.interests();
        return SpreadsheetImport.preview(sheet, mapping, codes(interests), labels(interests));
    }

    /** What importing an HSDS folder would do; saves nothing. */
    public ImportPreview previewHsds(Path folder) {
        List<InterestOption> interests = clients.interests();
        return HsdsImporter.read(folder, codes(interests), labels(interests));
    }

    /**
     * A folder is read as HSDS; a file as a spreadsheet with the guessed column mapping. A file that cannot be
     * read at all gives a preview with that problem rather than an exception.
     */
    public ImportPreview preview(Path path) {
        if (Files.isDirectory(path)) {
            return previewHsds(path);
        }
        try {
            Sheet sheet = read(path);
            return preview(sheet, guessMapping(sheet));
        } catch (ImportException e) {
            return ImportPreview.failed(e.problems());
        }
    }

    /**
     * Saves the previewed programs and organisations in one transaction. With problems, refuses (an
     * {@link ImportException}, nothing saved) unless {@code skipBadRows} and every problem is in a row.
     * Organisations a row names only by name keep what Linkwell already knows about them.
     */
    public CatalogUpdate.Result apply(ImportPreview preview, boolean skipBadRows) {
        return programs.apply(preview.toUpdate(skipBadRows, programs.catalog().organizations()));
    }

    /** Writes the whole catalog as an Open Referral HSDS 3.0 tabular data package into {@code folder}. */
    public void exportHsds(Path folder) {
        exportHsds(folder, chcName.get());
    }

    /** As {@link #exportHsds(Path)}, naming our CHC's organisation {@code chcName}. */
    public void exportHsds(Path folder, String chcName) {
        Map<String, String> labels = clients.interests().stream()
                .collect(Collectors.toMap(InterestOption::code, InterestOption::labelEn, (a, b) -> a));
        new HsdsExporter(chcName, labels, clock).export(programs.catalog(), folder);
    }

    /** Writes the whole catalog as a workbook in the catalog spreadsheet format. */
    public void exportXlsx(Path file) {
        XlsxExporter.export(programs.catalog(), file);
    }

    private static Set<String> codes(List<InterestOption> interests) {
        return interests.stream().map(InterestOption::code).collect(Collectors.toSet());
    }

    private static Map<String, String> labels(List<InterestOption> interests) {
        Map<String, String> labels = new HashMap<>();
        for (InterestOption option : interests) {
            labels.put(option.labelEn(), option.code());
            labels.put(option.labelFr(), option.code());
        }
        return labels;
    }
}
