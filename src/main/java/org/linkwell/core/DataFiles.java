package org.linkwell.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** What a data file is from its first bytes (a plain SQLite file says so; an encrypted one is noise). */
public final class DataFiles {
    private static final byte[] PLAIN_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DataFiles() {
    }

    /** No file yet, or an empty one: opening it creates a new database. */
    public static boolean isNew(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain (unencrypted) SQLite file. */
    public static boolean isPlain(Path file) {
        if (isNew(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PLAIN_HEADER.length), PLAIN_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An existing file that is not plain SQLite: encrypted (or not a database at all). */
    public static boolean looksEncrypted(Path file) {
        return !isNew(file) && !isPlain(file);
    }

    /**
     * Overwrites a file with zeros before deleting it. On SSDs and copy-on-write disks old blocks may
     * survive anyway, so this is a courtesy, not a guarantee (the README says so).
     */
    public static void overwriteAndDelete(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            long size = Files.size(file);
            byte[] zeros = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
                for (long written = 0; written < size; written += zeros.length) {
                    out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
                }
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
