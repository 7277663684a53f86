package org.linkwell.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The small JSON file beside an encrypted data file ({@code linkwell.db.keys}). It holds the database key
 * only wrapped: once under the administrator's setup passphrase (the recovery key) and once per login
 * password, so staff open the file with their own password. Without a right secret it is useless.
 * Logins are found by a salted hash of the user name, not the name itself.
 */
public final class KeyFile {
    public static final String SUFFIX = ".keys";
    public static final int MIN_PASSPHRASE_LENGTH = 12;
    static final String PASSPHRASE = "passphrase";
    static final String LOGIN = "login";
    private static final int FORMAT = 1;
    private static final Object WRITING = new Object();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Content(int format, String cipher, String idSalt, List<Slot> slots) {
    }

    /** One wrapped copy of the key. */
    public record Slot(String kind, String id, String kdf, int iterations, String salt, String iv, String wrappedKey) {
    }

    private final Path file;

    private KeyFile(Path file) {
        this.file = file;
    }

    public static KeyFile beside(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        return new KeyFile(absolute.resolveSibling(absolute.getFileName() + SUFFIX));
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The message key of what is wrong with a new setup passphrase, if anything. */
    public static Optional<String> passphraseProblem(char[] passphrase) {
        if (passphrase.length < MIN_PASSPHRASE_LENGTH || new String(passphrase).isBlank()) {
            return Optional.of("encryption.passphrase.tooShort");
        }
        return Optional.empty();
    }

    /** What is wrong with a new setup passphrase, as the error of the form's passphrase field, if anything. */
    public static Optional<ValidationException.FieldError> passphraseError(char[] passphrase) {
        return passphraseProblem(passphrase).map(key ->
                new ValidationException.FieldError("passphrase", key, MIN_PASSPHRASE_LENGTH));
    }

    /** A new key file holding {@code key} under the passphrase (replacing any file of that name). */
    public void create(DatabaseKey key, char[] passphrase) {
        requireGoodPassphrase(passphrase);
        synchronized (WRITING) {
            String idSalt = Base64.getEncoder().encodeToString(KeyWrap.random(16));
            write(new Content(FORMAT, "sqlcipher-4-raw-key", idSalt,
                    List.of(KeyWrap.wrap(PASSPHRASE, PASSPHRASE, passphrase, key))));
        }
    }

    public Optional<DatabaseKey> unlockWithPassphrase(char[] passphrase) {
        return unlock(PASSPHRASE, PASSPHRASE, passphrase);
    }

    public Optional<DatabaseKey> unlockWithLogin(String username, char[] password) {
        return unlock(LOGIN, loginId(read(), username), password);
    }

    public boolean hasLogin(String username) {
        Content content = read();
        String id = loginId(content, username);
        return content.slots().stream().anyMatch(slot -> slot.kind().equals(LOGIN) && slot.id().equals(id));
    }

    /** Adds or replaces this login's slot: called whenever a password is set while the key is in memory. */
    public void putLogin(String username, char[] password, DatabaseKey key) {
        synchronized (WRITING) {
            Content content = read();
            String id = loginId(content, username);
            replace(content, LOGIN, id, KeyWrap.wrap(LOGIN, id, password, key));
        }
    }

    public void removeLogin(String username) {
        synchronized (WRITING) {
            Content content = read();
            replace(content, LOGIN, loginId(content, username), null);
        }
    }

    public void copyTo(Path target) {
        try {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<DatabaseKey> unlock(String kind, String id, char[] secret) {
        Optional<Slot> slot = read().slots().stream()
                .filter(candidate -> candidate.kind().equals(kind) && candidate.id().equals(id)).findFirst();
        if (slot.isEmpty()) {
            KeyWrap.spendTheSameTime(secret);
            return Optional.empty();
        }
        return KeyWrap.unwrap(slot.get(), secret);
    }

    private void replace(Content content, String kind, String id, Slot slot) {
        List<Slot> slots = new ArrayList<>(content.slots().stream()
                .filter(existing -> !(existing.kind().equals(kind) && existing.id().equals(id))).toList());
        if (slot != null) {
            slots.add(slot);
        }
        write(new Content(content.format(), content.cipher(), content.idSalt(), List.copyOf(slots)));
    }

    private static String loginId(Content content, String username) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Base64.getDecoder().decode(content.idSalt()));
            sha.update(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Content read() {
        try {
            Content content = JSON.readValue(file.toFile(), Content.class);
            if (content.format() != FORMAT) {
                throw new IllegalStateException("the key file is from a newer Linkwell: " + file.getFileName());
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("the key file cannot be read: " + file.getFileName(), e);
        }
    }

    /** Written beside and moved into place, so a crash never leaves half a key file. */
    private void write(Content content) {
        try {
            Files.createDirectories(file.getParent());
            Path fresh = file.resolveSibling(file.getFileName() + ".new");
            Files.write(fresh, JSON.writeValueAsBytes(content));
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the key file cannot be written: " + file.getFileName(), e);
        }
    }

    private static void requireGoodPassphrase(char[] passphrase) {
        passphraseError(passphrase).ifPresent(error -> {
            throw new ValidationException(List.of(error));
        });
    }
}
