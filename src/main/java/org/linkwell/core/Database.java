package org.linkwell.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * The one SQLite file. Linkwell is a single-user desktop app, so one connection guarded by a
 * lock is both the simplest and the fastest choice: its page cache stays warm for search.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Optional<DatabaseKey> key;

    private Database(Path file, Connection connection, Optional<DatabaseKey> key) {
        this.file = file;
        this.connection = connection;
        this.key = key;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE,
                new Settings().withExecuteWithOptimisticLocking(true).withExecuteLogging(false));
    }

    /** Opens (creating if needed) and migrates a plain file; refuses a file from a newer Linkwell. */
    public static Database open(Path file) {
        return open(file, Optional.empty());
    }

    /**
     * Opens an encrypted file with its key, creates a new file encrypted when a key is given, and opens a
     * plain file as it is (the key then matters only for a new file). An encrypted file without a key, or
     * with a wrong one, is refused with {@link EncryptedDatabaseException}.
     */
    public static Database open(Path file, Optional<DatabaseKey> requestedKey) {
        Optional<DatabaseKey> key = DataFiles.isPlain(file) ? Optional.empty() : requestedKey;
        if (key.isEmpty() && DataFiles.isEncrypted(file)) {
            throw new EncryptedDatabaseException(EncryptedDatabaseException.Problem.KEY_NEEDED, file, null);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SQLiteDataSource dataSource = dataSource(file, key);
        try {
            checkIntact(dataSource, file);
            migrate(dataSource);
            Connection connection = dataSource.getConnection();
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = -65536");
            }
            LOG.info("database opened");
            return new Database(file, connection, key);
        } catch (SQLException | RuntimeException e) {
            if (key.isPresent() && isNotADatabase(e)) {
                throw new EncryptedDatabaseException(EncryptedDatabaseException.Problem.WRONG_KEY, file, e);
            }
            if (DamagedDatabaseException.isDamage(e)) {
                throw new DamagedDatabaseException(file, e);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DatabaseException("cannot open the database", e);
        }
    }

    /** The integrity check at start: a damaged file is reported before anything touches it. */
    private static void checkIntact(SQLiteDataSource dataSource, Path file) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA quick_check")) {
            if (!result.next() || !"ok".equalsIgnoreCase(result.getString(1))) {
                throw new DamagedDatabaseException(file, null);
            }
        }
    }

    static boolean isNotADatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                return true;
            }
        }
        return false;
    }

    /** The key goes to the driver's SQLCipher settings, never into the URL (which ends up in logs). */
    static SQLiteConfig config(Optional<DatabaseKey> key) {
        return key.<SQLiteConfig>map(k -> SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(k.bytes()).build())
                .orElseGet(SQLiteConfig::new);
    }

    private static SQLiteDataSource dataSource(Path file, Optional<DatabaseKey> key) {
        SQLiteConfig config = config(key);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private static void migrate(SQLiteDataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
        MigrationInfo[] all = flyway.info().all();
        boolean fromTheFuture = Arrays.stream(all).anyMatch(info ->
                info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED);
        if (fromTheFuture) {
            String fileVersion = String.valueOf(flyway.info().current().getVersion());
            String known = Arrays.stream(flyway.info().all())
                    .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                            && info.getState() != MigrationState.FUTURE_FAILED)
                    .map(info -> String.valueOf(info.getVersion()))
                    .reduce((a, b) -> b).orElse("0");
            throw new NewerDatabaseException(fileVersion, known);
        }
        flyway.migrate();
    }

    /** Runs one user action as one transaction: all of it is saved, or none of it. */
    public <T> T transaction(Function<DSLContext, T> work) {
        lock.lock();
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } finally {
            lock.unlock();
        }
    }

    public void run(Consumer<DSLContext> work) {
        transaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Reads without a transaction of its own (a single statement is atomic anyway). */
    public <T> T read(Function<DSLContext, T> work) {
        lock.lock();
        try {
            return work.apply(dsl);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads on a short-lived connection of its own, beside the shared one (WAL lets readers work side by side), in
     * one read transaction (one snapshot): for a long report that reads on a second thread while the first thread
     * reads through the shared connection.
     */
    public <T> T readAside(Function<DSLContext, T> work) {
        // With the key of now: the file may have been encrypted since it was opened.
        try (Connection aside = dataSource(file, key).getConnection()) {
            try (var statement = aside.createStatement()) {
                statement.execute("PRAGMA cache_size = -65536");
            }
            return DSL.using(aside, SQLDialect.SQLITE, dsl.settings())
                    .transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (SQLException e) {
            throw new DatabaseException("cannot open a second connection to read", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The key in memory while an encrypted file is open. */
    public Optional<DatabaseKey> key() {
        return key;
    }

    public boolean isEncrypted() {
        return key.isPresent();
    }

    /**
     * Copies the whole file to {@code target} while work can go on around it; the copy is a consistent
     * snapshot (the lock keeps writes out meanwhile). A plain file uses SQLite's online backup. An encrypted
     * one uses VACUUM INTO, which writes the copy encrypted with the same key: this driver's online backup
     * would write it in clear.
     */
    public void backupTo(Path target) {
        lock.lock();
        try (var statement = connection.createStatement()) {
            if (key.isPresent()) {
                Path partial = target.toAbsolutePath().resolveSibling(target.getFileName() + ".partial");
                Files.deleteIfExists(partial);
                try (var vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, partial.toString());
                    vacuum.executeUpdate();
                }
                Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                statement.executeUpdate("backup to " + quoted(target));
            }
        } catch (IOException e) {
            throw new DatabaseException("the backup could not be written", e);
        } catch (SQLException e) {
            throw new DatabaseException("the backup could not be written", e);
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the whole content of this file with a copy of {@code source} (SQLite's online restore). */
    public void restoreFrom(Path source) {
        lock.lock();
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("restore from " + quoted(source));
        } catch (SQLException e) {
            throw new DatabaseException("the backup could not be restored", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Encrypts this plain file in place with {@code newKey} (SQLite3 Multiple Ciphers' rekey, which rewrites
     * every page in one journaled transaction). Rekey refuses WAL mode, so the journal is switched to DELETE
     * for it (which also empties the WAL) and back afterwards.
     */
    public void encrypt(DatabaseKey newKey) {
        lock.lock();
        try (var statement = connection.createStatement()) {
            if (key.isPresent()) {
                throw new IllegalStateException("the data file is already encrypted");
            }
            try (var mode = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
                if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                    throw new DatabaseException("the data file could not leave WAL mode for encryption", null);
                }
            }
            try {
                rekey(statement, newKey);
                key = Optional.of(newKey);
            } finally {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            LOG.info("database encrypted");
        } catch (SQLException e) {
            throw new DatabaseException("the data file could not be encrypted", e);
        } finally {
            lock.unlock();
        }
    }

    /** Rewrites every page of a plain file, opened on {@code statement}, encrypted with {@code newKey}. */
    static void rekey(java.sql.Statement statement, DatabaseKey newKey) throws SQLException {
        statement.execute("PRAGMA cipher = 'sqlcipher'");
        statement.execute("PRAGMA legacy = 4");
        statement.execute("PRAGMA rekey = " + newKey.rawKeyLiteral());
    }

    /** SQLite's own check of every page and index: "ok" or a list of what is damaged. */
    public boolean isIntact() {
        return read(dsl -> "ok".equalsIgnoreCase(String.valueOf(dsl.fetchValue("PRAGMA quick_check"))));
    }

    static String quoted(Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.contains("\"")) {
            throw new IllegalArgumentException("a backup path may not contain a double quote");
        }
        return '"' + text + '"';
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the database failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** A database problem that is not the user's fault. */
    public static class DatabaseException extends RuntimeException {
        public DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
