package org.linkwell.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Password hashing with bcrypt (a well-kept library), and the one rule a new password must meet. */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    private static final int COST = 12;

    private Passwords() {
    }

    public static String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(COST, password);
    }

    public static boolean matches(char[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** The message key of what is wrong with a new password, if anything. */
    public static Optional<String> problem(char[] password) {
        if (password.length < MIN_LENGTH) {
            return Optional.of("signin.password.tooShort");
        }
        if (new String(password).isBlank()) {
            return Optional.of("signin.password.blank");
        }
        return Optional.empty();
    }
}
