package org.tarikh.timeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The three packaged services as users run them, separate processes on the real RabbitMQ (the test virtual host) and
 * PostgreSQL (the test database), started once for all the system tests of a run (failsafe runs them in one JVM) and
 * stopped when that JVM exits: starting three JVMs is most of a system test's time. Logs in target/system-test/.
 */
final class PackagedStack {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static PackagedStack started;

    final int parser;
    final int entity;
    final int timeline;

    private PackagedStack(int parser, int entity, int timeline) {
        this.parser = parser;
        this.entity = entity;
        this.timeline = timeline;
    }

    private static final String TIMELINE_DB = "-Dtarikh.db.url=//" + env("TARIKH_DB_HOST", "127.0.0.1") + ":"
            + env("TARIKH_DB_PORT", "5432") + "/" + env("TARIKH_TEST_DB_NAME", "tarikh_test");

    /** One more instance of a service, beside the stack's, on the same broker and database. */
    record Replica(String service, int port, Process process) {
    }

    /** Starts one more entity-service or timeline-service and waits until it is ready. */
    static Replica replica(String service) throws IOException {
        int port = freePort();
        Process process = "timeline-service".equals(service) ? start(service, port, TIMELINE_DB) : start(service, port);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> given().port(port).get("/q/health/ready").statusCode() == 200);
        return new Replica(service, port, process);
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    static synchronized PackagedStack get() throws IOException {
        if (started != null) {
            return started;
        }
        PackagedStack stack = new PackagedStack(freePort(), freePort(), freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(PackagedStack::stop));
        start("timeline-service", stack.timeline, TIMELINE_DB);
        start("entity-service", stack.entity);
        start("parser-service", stack.parser, "-Dtarikh.parser.timeline-url=http://localhost:" + stack.timeline);
        for (int port : new int[] { stack.timeline, stack.entity, stack.parser }) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> given().port(port).get("/q/health/ready").statusCode() == 200);
        }
        started = stack;
        return stack;
    }

    private static Process start(String service, int port, String... properties) throws IOException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is missing: run ./mvnw verify from the repository root");
        Path log = ROOT.resolve("timeline-service/target/system-test/" + service + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-Dquarkus.http.port=" + port, "-Dvertx.disableURIValidation=true",
                "-Drabbitmq-virtual-host=" + env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test")));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        synchronized (PROCESSES) {
            PROCESSES.add(process);
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop() {
        PROCESSES.forEach(Process::destroy);
        for (Process p : PROCESSES) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
