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

    /** An encrypted data file: not plain SQLite, with its key file beside it. */
    public static boolean isEncrypted(Path file) {
        return looksEncrypted(file) && KeyFile.beside(file).exists();
    }

    /** A read-only look at a WAL-mode copy leaves an empty -wal and a -shm beside it; they hold no data. */
    public static void removeEmptyWalLeftovers(Path file) {
        Path wal = sibling(file, "-wal");
        try {
            if (Files.exists(wal) && Files.size(wal) == 0) {
                Files.delete(wal);
                Files.deleteIfExists(sibling(file, "-shm"));
            }
        } catch (IOException e) {
            // Only tidiness is lost; the copy itself is fine.
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.toAbsolutePath().resolveSibling(file.getFileName() + suffix);
    }

    /**
     * Overwrites a file (and any -wal beside it) with zeros before deleting it. On SSDs and copy-on-write disks old blocks may
     * survive anyway, so this is a courtesy, not a guarantee (the README says so).
     */
    public static void overwriteAndDelete(Path file) {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            if (Files.exists(sibling(file, suffix))) {
                overwriteAndDelete(sibling(file, suffix));
            }
        }
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
