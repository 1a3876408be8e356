package org.tarikh.infra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.ConnectionFactory;

/**
 * The launcher as ./tarikh runs it: a process of its own that brings both stand-ins up, keeps PostgreSQL's data
 * across restarts, and leaves no process behind, whether it is stopped (SIGTERM) or killed (SIGKILL).
 */
class EmbeddedInfraProcessTest {

    static final Path STATE = Path.of("target/process-test").toAbsolutePath();

    Process launcher;

    @AfterEach
    void killWhatIsLeft() {
        if (launcher != null) {
            launcher.destroyForcibly();
        }
    }

    @Test
    void keepsItsDataAcrossAKillAndLeavesNoProcessBehind() throws Exception {
        // a new database each run; the unpacked binaries (postgres-runtime) are kept, as in .tarikh/embedded
        deleteRecursively(STATE.resolve("postgres-data"));
        int brokerPort = freePort();
        int dbPort = freePort();
        Map<String, String> env = Map.of("TARIKH_RABBITMQ_PORT", Integer.toString(brokerPort),
                "TARIKH_RABBITMQ_VHOST", "tarikh-try", "TARIKH_DB_PORT", Integer.toString(dbPort),
                "TARIKH_DB_NAME", "tarikh_try", "TARIKH_DB_USER", "tarikh", "TARIKH_DB_PASSWORD", "s3cret");

        Ready first = start(env);
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/tarikh_try",
                "tarikh", "s3cret"); Statement s = db.createStatement()) {
            s.execute("create table kept (what text)");
            s.execute("insert into kept values ('the chronology')");
        }
        ConnectionFactory amqp = new ConnectionFactory();
        amqp.setPort(brokerPort);
        amqp.setVirtualHost("tarikh-try");
        amqp.newConnection().close();

        // killed outright: no shutdown hook runs, the watchdog stops PostgreSQL
        launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        awaitGone("the postmaster after the launcher's SIGKILL", first.postmaster());
        awaitGone("the watchdog", first.watchdog());

        Ready second = start(env);
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/tarikh_try",
                "tarikh", "s3cret"); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select what from kept")) {
            assertTrue(rs.next());
            assertEquals("the chronology", rs.getString(1));
        }

        // stopped: SIGTERM runs the shutdown hook, which stops both and the watchdog
        launcher.destroy();
        assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher did not stop on SIGTERM");
        awaitGone("the postmaster after SIGTERM", second.postmaster());
        awaitGone("the watchdog", second.watchdog());
        assertFalse(Files.exists(STATE.resolve("ready")));
        assertTrue(EmbeddedInfra.free(brokerPort), "the broker's port is still taken");
        assertTrue(EmbeddedInfra.free(dbPort), "PostgreSQL's port is still taken");
    }

    @Test
    void aPortThatIsTakenIsReportedWithTheSettingsThatMoveIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Map<String, String> env = Map.of("TARIKH_RABBITMQ_PORT", Integer.toString(taken.getLocalPort()),
                    "TARIKH_DB_PORT", Integer.toString(freePort()));
            Process p = launch(env, STATE.resolveSibling("process-test-taken"));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String err = new String(p.getErrorStream().readAllBytes());
            assertEquals(2, p.exitValue(), err);
            assertTrue(err.contains("port " + taken.getLocalPort()) && err.contains("TARIKH_RABBITMQ_PORT"), err);
        }
    }

    @Test
    void settingsComeFromTheVariablesTheServicesRead() {
        EmbeddedInfra.Settings settings = EmbeddedInfra.Settings.from(Map.of("TARIKH_RABBITMQ_PORT", "5673",
                "TARIKH_DB_NAME", "mine"), STATE);
        assertEquals(5673, settings.brokerPort());
        assertEquals(5432, settings.dbPort());
        assertEquals(List.of("/"), settings.virtualHosts());
        assertEquals(List.of("mine"), settings.databases());
        assertEquals("guest", settings.brokerUser());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EmbeddedInfra.Settings.from(Map.of("TARIKH_DB_PORT", "54x32"), STATE));
        assertTrue(bad.getMessage().contains("TARIKH_DB_PORT"), bad.getMessage());
    }

    record Ready(long postmaster, long watchdog) {
    }

    Ready start(Map<String, String> env) throws Exception {
        Path ready = STATE.resolve("ready");
        // a launcher killed outright leaves its ready file behind (./tarikh removes it too)
        Files.deleteIfExists(ready);
        launcher = launch(env, STATE);
        Process started = launcher;
        Path log = STATE.resolveSibling("process-test.log");
        await("ready within 240 s: see " + log).atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200))
                .failFast("the launcher exited: see " + log, () -> assertTrue(started.isAlive(),
                        () -> "the launcher exited (" + started.exitValue() + "): see " + log))
                .until(() -> Files.exists(ready));
        String line = Files.readString(ready);
        return new Ready(field(line, "postmaster"), field(line, "watchdog"));
    }

    static Process launch(Map<String, String> env, Path state) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx192m", "-cp", System.getProperty("java.class.path"),
                EmbeddedInfra.class.getName(), state.toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("TARIKH_"));
        environment.putAll(new HashMap<>(env));
        if (state.equals(STATE)) {
            builder.redirectErrorStream(true).redirectOutput(STATE.resolveSibling("process-test.log").toFile());
        }
        return builder.start();
    }

    static long field(String readyLine, String name) {
        for (String part : readyLine.trim().split(" ")) {
            if (part.startsWith(name + "=")) {
                return Long.parseLong(part.substring(name.length() + 1));
            }
        }
        throw new AssertionError(name + " missing from " + readyLine);
    }

    static void awaitGone(String what, long pid) {
        await(what + " (pid " + pid + ") gone within 45 s").atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
