package org.linkwell.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.linkwell.exchange.CatalogExchangeService;
import org.linkwell.exchange.ImportPreview;
import org.linkwell.programs.CatalogUpdate;

/**
 * Loads the sample CHC's program catalog (programs.csv and organizations.csv bundled in the jar)
 * through the same import as a CHC's own spreadsheet, so re-loading updates and never duplicates.
 */
public final class SampleCatalogLoader {
    public static final String PROGRAMS_FILE = "programs.csv";
    public static final String ORGANIZATIONS_FILE = "organizations.csv";

    private SampleCatalogLoader() {
    }

    public static CatalogUpdate.Result loadBundled(CatalogExchangeService exchange) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("linkwell-sample-catalog");
            copy(PROGRAMS_FILE, folder);
            copy(ORGANIZATIONS_FILE, folder);
            ImportPreview preview = exchange.preview(folder.resolve(PROGRAMS_FILE));
            return exchange.apply(preview, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void copy(String name, Path folder) throws IOException {
        try (InputStream in = SampleCatalogLoader.class.getClassLoader()
                .getResourceAsStream(SampleDataService.BUNDLED_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the sample catalog " + name + " is not bundled");
            }
            Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover temp folder of invented data is harmless; the OS cleans it up.
        }
    }
}
