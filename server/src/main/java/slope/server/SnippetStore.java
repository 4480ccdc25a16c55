package slope.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * Snippets in SQLite (a file, WAL mode, synchronous=FULL so a commit is on disk before the 201) or
 * PostgreSQL (several instances share one store). Flyway migrates the schema; HikariCP pools connections.
 */
public final class SnippetStore implements AutoCloseable {
    private final HikariDataSource pool;
    private final String engineVersion;

    private SnippetStore(HikariConfig config, String engineVersion) {
        this.pool = new HikariDataSource(config);
        this.engineVersion = engineVersion;
        Flyway.configure().dataSource(pool).load().migrate();
    }

    /** SQLite in {@code dataDir/slope.db} (the directory is created). */
    public static SnippetStore sqlite(Path dataDir, String engineVersion) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve("slope.db").toAbsolutePath());
        c.addDataSourceProperty("journal_mode", "WAL");
        c.addDataSourceProperty("synchronous", "FULL");
        c.addDataSourceProperty("busy_timeout", "10000");
        c.setMaximumPoolSize(4);
        c.setPoolName("slope-sqlite");
        return new SnippetStore(c, engineVersion);
    }

    /** PostgreSQL at a {@code jdbc:postgresql:} URL (user and password in the URL or its parameters). */
    public static SnippetStore postgres(String jdbcUrl, String engineVersion) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(jdbcUrl);
        c.setMaximumPoolSize(8);
        c.setPoolName("slope-postgres");
        return new SnippetStore(c, engineVersion);
    }

    /** The store the environment names: SLOPE_DB_URL (PostgreSQL), else SQLite under SLOPE_DATA_DIR. */
    public static SnippetStore fromSettings(Settings s) {
        if (s.dbUrl() != null) {
            if (!s.dbUrl().startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("SLOPE_DB_URL must be a jdbc:postgresql: URL, got " + s.dbUrl());
            }
            return postgres(s.dbUrl(), s.engineVersion());
        }
        return sqlite(s.dataDir(), s.engineVersion());
    }

    /** Stores code and title (or finds them stored already) and answers the snippet. */
    public Snippet save(String code, String title) throws SQLException {
        for (int length = Snippet.ID_LENGTH; ; length += 4) {
            String id = Snippet.idFor(code, title, length);
            try (Connection c = pool.getConnection();
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO snippets (id, code, title, engine_version, created_at) VALUES (?, ?, ?, ?, ?)"
                         + " ON CONFLICT (id) DO NOTHING")) {
                insert.setString(1, id);
                insert.setString(2, code);
                insert.setString(3, title);
                insert.setString(4, engineVersion);
                insert.setLong(5, System.currentTimeMillis());
                insert.executeUpdate();
            }
            Snippet stored = find(id).orElseThrow(() -> new SQLException("snippet " + id + " vanished after insert"));
            if (stored.code().equals(code) && stored.title().equals(title)) return stored;
        }
    }

    public Optional<Snippet> find(String id) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT id, code, title, engine_version, created_at FROM snippets WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Snippet(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)));
            }
        }
    }

    public long count() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM snippets");
             ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The database as the pool reports it, for the start-up log line. */
    public String describe() {
        return pool.getJdbcUrl().replaceAll("password=[^&]*", "password=***");
    }

    @Override
    public void close() {
        pool.close();
    }
}
