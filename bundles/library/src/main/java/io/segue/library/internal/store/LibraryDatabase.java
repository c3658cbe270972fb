package io.segue.library.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The library's SQLite file and its two connections: one that writes, one that reads.
 *
 * <p>Why two and not a pool: SQLite allows one writer at a time anyway, and the library is written rarely (an
 * import's one transaction per file, a feedback, a session step) and read often (the recommender's catalogue, the
 * shell's lists). In WAL mode a reader sees the last commit while a writer works, so the read connection never
 * waits for a write's fsync; each connection is used by one thread at a time (a lock each), as JDBC connections
 * must be. More readers would not help on a file this size: the catalogue is one query and recommenders cache it
 * by {@link #revision()}.
 *
 * <p>Durability: WAL with {@code synchronous=FULL}, so a commit is on disk (the WAL fsynced) when it returns; a
 * crash of the process or of the machine right after loses nothing acknowledged.
 */
@Component(service = LibraryDatabase.class, configurationPid = LibraryConfig.PID, immediate = true)
@Designate(ocd = LibraryConfig.class)
public final class LibraryDatabase implements AutoCloseable {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The SQLite file header: 100 bytes, {@code user_version} a big-endian int at offset 60. */
    private static final int HEADER_BYTES = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final int importThreads;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection reader;
    private final ReentrantLock readLock = new ReentrantLock();
    private final AtomicLong revision = new AtomicLong();

    /**
     * Opens the configured file, creating it and its folders when missing, and brings its schema up to date.
     *
     * @throws IllegalArgumentException when a configuration value is out of range (the message names the key)
     * @throws IOException              when the file cannot be opened, is not a SQLite file or was written by a
     *                                  newer Segue
     */
    @Activate
    public LibraryDatabase(LibraryConfig config) throws IOException {
        this(databasePath(config), Migrations.LATEST, importThreads(config));
    }

    /** Opens {@code file} at the newest schema, with one import thread per core. */
    public LibraryDatabase(Path file) throws IOException {
        this(file, Migrations.LATEST, 0);
    }

    /** Opens {@code file} and upgrades it to {@code schema} (tests create files of older schemas this way). */
    LibraryDatabase(Path file, int schema, int importThreads) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.importThreads = importThreads;
        Path parent = this.file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // read before SQLite touches the file: switching to WAL alone would rewrite a newer file's header
        refuseForeignOrNewer(this.file);
        SQLiteConfig settings = new SQLiteConfig();
        settings.setJournalMode(SQLiteConfig.JournalMode.WAL);
        settings.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        settings.enforceForeignKeys(true);
        settings.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource source = new SQLiteDataSource(settings);
        source.setUrl("jdbc:sqlite:" + this.file);
        Connection write = null;
        Connection read = null;
        try {
            write = source.getConnection();
            write.setAutoCommit(false);
            Migrations.upgrade(write, this.file, schema);
            read = source.getConnection();
            Function.create(read, "segue_fold", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(TextFold.fold(value_text(0)));
                }
            }, Function.FLAG_DETERMINISTIC);
            revision.set(readRevision(write));
            write.commit();
        } catch (SQLException | IOException e) {
            closeQuietly(read);
            closeQuietly(write);
            throw e instanceof IOException io ? io : failure("cannot open", (SQLException) e);
        }
        this.writer = write;
        this.reader = read;
    }

    /** @throws IllegalArgumentException naming the key that would be refused, as activation would */
    static void validate(LibraryConfig config) {
        databasePath(config);
        importThreads(config);
    }

    private static Path databasePath(LibraryConfig config) {
        String value = config.databaseFile();
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(LibraryConfig.PID + ": databaseFile must name a file, was empty");
        }
        return Paths.get(value.trim());
    }

    private static int importThreads(LibraryConfig config) {
        int value = config.importThreads();
        if (value < 0 || value > 256) {
            throw new IllegalArgumentException(LibraryConfig.PID + ": importThreads must be in 0..256 (0 = one per "
                    + "core), was " + value);
        }
        return value;
    }

    /** The library's file, absolute. */
    public Path file() {
        return file;
    }

    /** Files an import analyses at once. */
    public int importThreads() {
        return importThreads == 0 ? Runtime.getRuntime().availableProcessors() : importThreads;
    }

    /** Changes whenever a commit changed tracks or analyses; read from memory, so cheap. */
    public long revision() {
        return revision.get();
    }

    /**
     * Runs {@code work} in one write transaction and commits (on disk when this returns); rolls back when it throws.
     *
     * @param catalogueChange whether the work changes tracks or analyses: then the revision is bumped in the same
     *                        transaction
     * @throws IOException wrapping a database failure, naming the file; nothing of {@code work} was stored
     */
    public <T> T write(boolean catalogueChange, SqlWork<T> work) throws IOException {
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                long next = catalogueChange ? bumpRevision(writer) : -1;
                writer.commit();
                if (next >= 0) {
                    revision.set(next);
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw failure("cannot write", (SQLException) e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} on the read connection (each statement sees the last commit).
     *
     * @throws UncheckedIOException wrapping a database failure, naming the file
     */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new UncheckedIOException(failure("cannot read", e));
        } finally {
            readLock.unlock();
        }
    }

    @Deactivate
    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private static long bumpRevision(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counters SET value = value + 1 WHERE name = 'revision' RETURNING value");
                ResultSet row = update.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static long readRevision(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT value FROM counters WHERE name = 'revision'"); ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** A non-empty file must be SQLite and of a schema this code knows; the check only reads. */
    private static void refuseForeignOrNewer(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        byte[] header = new byte[HEADER_BYTES];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_BYTES);
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (read < HEADER_BYTES || header[i] != SQLITE_MAGIC[i]) {
                throw new IOException("library file " + file + " is not a SQLite database (" + Files.size(file)
                        + " bytes without the SQLite header); nothing was changed");
            }
        }
        int version = ByteBuffer.wrap(header, USER_VERSION_OFFSET, 4).getInt();
        if (version > Migrations.LATEST) {
            throw Migrations.newerSchema(file, version);
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            // the connection is broken; the next write reports it
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException("library file " + file + ": " + what + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing: nothing left to save
            }
        }
    }
}
