package org.linkwell.core;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random 256-bit key a data file is encrypted with. It lives only in memory and, wrapped, in the key
 * file beside the data file; it is never printed, logged or put in a connection URL.
 */
public final class DatabaseKey {
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private DatabaseKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a database key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static DatabaseKey generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new DatabaseKey(bytes);
    }

    static DatabaseKey of(byte[] bytes) {
        return new DatabaseKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** SQLCipher's raw-key form, for {@code PRAGMA rekey}: the key is used as it is, with no KDF of its own. */
    String rawKeyLiteral() {
        return "\"x'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'\"";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseKey key && java.security.MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
