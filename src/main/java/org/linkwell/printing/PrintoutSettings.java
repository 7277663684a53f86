package org.linkwell.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.linkwell.core.SettingsStore;

/**
 * "Organisation and printouts" in Settings: kept in the data file's settings, so they travel with it.
 * A chosen logo is copied next to the data file, so printouts keep working when the original is moved.
 */
public final class PrintoutSettings {
    public static final String ADDRESS = "chc.address";
    public static final String PHONE = "chc.phone";
    public static final String LOGO = "chc.logo";
    public static final String PAPER = "printing.paper";
    public static final String PRINTER = "printing.printer";

    private final SettingsStore settings;
    private final Path dataFolder;
    private final java.util.function.Supplier<String> defaultName;

    public PrintoutSettings(SettingsStore settings, Path dataFolder, String defaultName) {
        this(settings, dataFolder, () -> defaultName);
    }

    /** @param defaultName the CHC's name until one is set, asked each time: it follows the language */
    public PrintoutSettings(SettingsStore settings, Path dataFolder, java.util.function.Supplier<String> defaultName) {
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.defaultName = defaultName;
    }

    public Letterhead letterhead() {
        return new Letterhead(settings.get(SettingsStore.CHC_NAME).filter(s -> !s.isBlank()).orElseGet(defaultName),
                text(ADDRESS), text(PHONE),
                settings.get(LOGO).filter(s -> !s.isBlank()).map(Path::of).filter(Files::isReadable),
                PaperSize.fromCode(text(PAPER)), text(PRINTER));
    }

    /** Saves the organisation's details; a new logo file is copied into the data folder first. */
    public Letterhead save(Letterhead edited, Optional<Path> newLogo) {
        Optional<Path> logo = newLogo.map(this::copyLogo).or(edited::logo);
        settings.put(SettingsStore.CHC_NAME, edited.chcName().strip());
        settings.put(ADDRESS, edited.address().strip());
        settings.put(PHONE, edited.phone().strip());
        settings.put(LOGO, logo.map(Path::toString).orElse(""));
        settings.put(PAPER, edited.paper().code());
        settings.put(PRINTER, edited.defaultPrinter());
        return letterhead();
    }

    public void rememberPrinter(String printerName) {
        settings.put(PRINTER, printerName);
    }

    private Path copyLogo(Path source) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".png";
        Path target = dataFolder.resolve("logo" + extension);
        try {
            Files.createDirectories(dataFolder);
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return settings.get(key).orElse("");
    }
}
