package org.tarikh.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code TARIKH_INFRA=embedded ./tarikh demo} as someone trying Tarikh runs it, on ports and a state directory of its
 * own: the sample's chronology must come out of the three packaged services running on the embedded broker and
 * PostgreSQL, and {@code ./tarikh down} must leave no process behind. Run by {@code ./mvnw verify} after the services
 * are packaged (this module comes after them in the reactor).
 */
class EmbeddedDemoIT {

    static final Path ROOT = Path.of(System.getProperty("tarikh.root", "..")).toAbsolutePath().normalize();
    static final Path STATE = Path.of("target/demo-state").toAbsolutePath();
    static Map<String, String> env;

    @BeforeAll
    static void ports() throws IOException {
        env = Map.of(
                "TARIKH_INFRA", "embedded",
                "TARIKH_STATE_DIR", STATE.toString(),
                "TARIKH_RABBITMQ_PORT", Integer.toString(freePort()),
                "TARIKH_DB_PORT", Integer.toString(freePort()),
                "TARIKH_PARSER_PORT", Integer.toString(freePort()),
                "TARIKH_ENTITY_PORT", Integer.toString(freePort()),
                "TARIKH_TIMELINE_PORT", Integer.toString(freePort()),
                "TARIKH_JAVA_OPTS", "-Xmx384m");
        Files.createDirectories(STATE);
    }

    @AfterAll
    static void downWhateverHappened() throws Exception {
        tarikh(120, "down");
    }

    @Test
    void theDemoPrintsTheSampleChronologyOnTheStandInsAndDownLeavesNothingRunning() throws Exception {
        Run demo = tarikh(600, "demo");
        assertEquals(0, demo.exitCode(), demo.toString());
        // the sample's events, from the article's body and from the dates its photo captions give
        for (String expected : List.of("2024-01-28", "2022-01-04", "2021-07-08", "2020-01-13")) {
            assertTrue(demo.stdout().contains(expected), expected + " is missing from the chronology:\n" + demo);
        }
        assertTrue(demo.stdout().contains("Embedded mode") && demo.stdout().contains("memory only")
                && demo.stdout().contains("no delivery limit"), demo.stdout());

        Run status = tarikh(60, "status");
        for (String row : List.of("parser-service", "entity-service", "timeline-service", "broker (Qpid)",
                "postgres (embed.)")) {
            assertTrue(status.stdout().lines().anyMatch(l -> l.startsWith(row) && l.trim().endsWith("UP")),
                    row + " is not up:\n" + status);
        }
        List<Long> pids = new ArrayList<>(processesOfThisStack());
        assertTrue(pids.size() >= 5, "expected the services, the launcher, postgres and the watchdog: " + pids);

        Run down = tarikh(180, "down");
        assertEquals(0, down.exitCode(), down.toString());
        List<String> left = new ArrayList<>();
        for (long pid : pids) {
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .ifPresent(p -> left.add(pid + " " + p.info().commandLine().orElse("?")));
        }
        processesOfThisStack().forEach(pid -> left.add(pid + " (started from " + STATE + ")"));
        assertTrue(left.isEmpty(), "still running after ./tarikh down: " + left);
        for (String port : List.of("TARIKH_RABBITMQ_PORT", "TARIKH_DB_PORT", "TARIKH_TIMELINE_PORT")) {
            assertTrue(EmbeddedInfra.free(Integer.parseInt(env.get(port))), port + " is still taken");
        }
    }

    /** The pids ./tarikh recorded, and every process whose command line names this stack's state directory. */
    static List<Long> processesOfThisStack() throws IOException {
        List<Long> pids = new ArrayList<>();
        Path run = STATE.resolve("run");
        if (Files.isDirectory(run)) {
            try (Stream<Path> files = Files.list(run)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                    long pid = Long.parseLong(Files.readString(f).trim());
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        pids.add(pid);
                    }
                }
            }
        }
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(STATE.toString())).orElse(false))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .forEach(p -> {
                    if (!pids.contains(p.pid())) {
                        pids.add(p.pid());
                    }
                });
        return pids;
    }

    record Run(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    static Run tarikh(int timeoutSeconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("tarikh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        // only this test's settings: none of the shell's TARIKH_* (a developer's own stack) may leak in
        builder.environment().keySet().removeIf(k -> k.startsWith("TARIKH_") || k.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("tarikh-" + args[0], ".out");
        Path err = Files.createTempFile("tarikh-" + args[0], ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        Run run = new Run(finished ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
