package org.linkwell.reports;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Client keys for the de-identified data sheet: an HMAC of the client's id under a random key made
 * for this one export and then forgotten. Rows of one client share a key within the workbook; the
 * same client gets a different key in the next workbook, and no key leads back to a chart.
 */
final class Pseudonyms {
    private final Mac mac;

    Pseudonyms() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** 12 hexadecimal characters (48 bits): collisions are negligible at a CHC's scale. */
    String of(long clientId) {
        byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(clientId).array());
        return HexFormat.of().withUpperCase().formatHex(digest, 0, 6);
    }
}
