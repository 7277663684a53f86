package org.linkwell.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps the database key under a key derived from a secret (a password or the setup passphrase) with the
 * JDK's PBKDF2-HMAC-SHA256 and AES-256-GCM. The slot's kind and id are authenticated with it, so a slot
 * cannot be moved to another person.
 */
final class KeyWrap {
    static final String KDF = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.3 s here, once per sign-in. */
    static final int ITERATIONS = 600_000;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder UNB64 = Base64.getDecoder();

    private KeyWrap() {
    }

    static KeyFile.Slot wrap(String kind, String id, char[] secret, DatabaseKey key) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(secret, salt, ITERATIONS), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(kind, id));
            byte[] wrapped = cipher.doFinal(key.bytes());
            return new KeyFile.Slot(kind, id, KDF, ITERATIONS, B64.encodeToString(salt), B64.encodeToString(iv),
                    B64.encodeToString(wrapped));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's AES-GCM is not available", e);
        }
    }

    /** The key, or empty when the secret is not the one the slot was made with. */
    static Optional<DatabaseKey> unwrap(KeyFile.Slot slot, char[] secret) {
        if (!KDF.equals(slot.kdf())) {
            throw new IllegalStateException("unknown key derivation in the key file: " + slot.kdf());
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(secret, UNB64.decode(slot.salt()), slot.iterations()),
                    new GCMParameterSpec(TAG_BITS, UNB64.decode(slot.iv())));
            cipher.updateAAD(aad(slot.kind(), slot.id()));
            return Optional.of(DatabaseKey.of(cipher.doFinal(UNB64.decode(slot.wrappedKey()))));
        } catch (AEADBadTagException wrongSecret) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's AES-GCM is not available", e);
        }
    }

    /** The same work as an unwrap, for a name with no slot: a wrong name takes as long as a wrong password. */
    static void spendTheSameTime(char[] secret) {
        derive(secret, new byte[16], ITERATIONS);
    }

    private static SecretKeySpec derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded(), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] aad(String kind, String id) {
        return (kind + ":" + id).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
