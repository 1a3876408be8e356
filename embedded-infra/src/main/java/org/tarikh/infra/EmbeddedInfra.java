package org.tarikh.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar embedded-infra.jar [STATE_DIR]}: RabbitMQ's and PostgreSQL's stand-ins for {@code ./tarikh} in
 * embedded mode (docs/operations.md), configured by the same {@code TARIKH_*} variables as the services, so that the
 * services find them where they would find the real ones. Runs until it gets SIGTERM or SIGINT, then stops the broker
 * and PostgreSQL; {@link ProcessWatchdog} stops PostgreSQL should this process be killed outright.
 *
 * <p>Writes {@code STATE_DIR/ready} once both accept connections, and removes it when stopping.
 */
public final class EmbeddedInfra {

    /** What to start, read from the environment with the defaults of README's "Configuration". */
    record Settings(int brokerPort, String brokerUser, String brokerPassword, List<String> virtualHosts, int dbPort,
            String dbUser, String dbPassword, List<String> databases, Path stateDirectory) {

        static Settings from(Map<String, String> env, Path stateDirectory) {
            return new Settings(
                    port(env, "TARIKH_RABBITMQ_PORT", 5672),
                    env.getOrDefault("TARIKH_RABBITMQ_USER", "guest"),
                    env.getOrDefault("TARIKH_RABBITMQ_PASSWORD", "guest"),
                    List.of(env.getOrDefault("TARIKH_RABBITMQ_VHOST", "/")),
                    port(env, "TARIKH_DB_PORT", 5432),
                    env.getOrDefault("TARIKH_DB_USER", "tarikh"),
                    env.getOrDefault("TARIKH_DB_PASSWORD", "tarikh"),
                    List.of(env.getOrDefault("TARIKH_DB_NAME", "tarikh")),
                    stateDirectory);
        }

        private static int port(Map<String, String> env, String name, int otherwise) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                int port = Integer.parseInt(value.trim());
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + "=" + value + " is not a TCP port");
        }

        Path readyFile() {
            return stateDirectory.resolve("ready");
        }
    }

    private EmbeddedInfra() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args.length > 0 ? args[0] : ".tarikh/embedded").toAbsolutePath().normalize();
        Settings settings;
        try {
            settings = Settings.from(System.getenv(), state);
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-infra: " + e.getMessage());
            System.exit(2);
            return;
        }
        for (int port : new int[] { settings.brokerPort(), settings.dbPort() }) {
            if (!free(port)) {
                System.err.println("embedded-infra: port " + port + " on 127.0.0.1 is taken by another process;"
                        + " choose others with TARIKH_RABBITMQ_PORT and TARIKH_DB_PORT");
                System.exit(2);
                return;
            }
        }
        Running running;
        try {
            running = start(settings);
        } catch (IOException | RuntimeException e) {
            System.err.println("embedded-infra: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "embedded-infra-stop"));
        stopped.await();
    }

    /** The two stand-ins and the watchdog, up; {@link #close()} stops them in order. */
    static final class Running implements AutoCloseable {
        private final Settings settings;
        private final EmbeddedDatabase database;
        private final EmbeddedBroker broker;
        private final Process watchdog;

        Running(Settings settings, EmbeddedDatabase database, EmbeddedBroker broker, Process watchdog) {
            this.settings = settings;
            this.database = database;
            this.broker = broker;
            this.watchdog = watchdog;
        }

        EmbeddedDatabase database() {
            return database;
        }

        Process watchdog() {
            return watchdog;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(settings.readyFile());
            } catch (IOException e) {
                // the file only tells ./tarikh that we are up
            }
            if (broker != null) {
                broker.close();
            }
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("embedded-infra: stopping PostgreSQL: " + e.getMessage());
            }
            watchdog.destroy();
        }
    }

    static Running start(Settings settings) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(settings.stateDirectory());
        Files.deleteIfExists(settings.readyFile());
        // The broker starts in this JVM while initdb and the postmaster, separate processes, start beside it.
        CompletableFuture<EmbeddedBroker> broker = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedBroker.start(settings.brokerPort(), settings.brokerUser(), settings.brokerPassword(),
                        settings.virtualHosts(), settings.stateDirectory().resolve("broker"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path data = settings.stateDirectory().resolve("postgres-data");
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(settings.dbPort(), data,
                    settings.stateDirectory().resolve("postgres-runtime"), settings.dbUser(), settings.dbPassword(),
                    settings.databases());
        } catch (IOException | RuntimeException e) {
            broker.thenAccept(EmbeddedBroker::close);
            throw e;
        }
        Process watchdog;
        try {
            watchdog = ProcessWatchdog.watch(ProcessHandle.current().pid(), data, settings.stateDirectory());
        } catch (IOException e) {
            broker.thenAccept(EmbeddedBroker::close);
            database.close();
            throw e;
        }
        Running running;
        try {
            running = new Running(settings, database, broker.join(), watchdog);
        } catch (CompletionException e) {
            new Running(settings, database, null, watchdog).close();
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause()
                    : new IOException(e.getCause().getMessage(), e.getCause());
        }
        String ready = "pid=" + ProcessHandle.current().pid() + " broker=127.0.0.1:" + settings.brokerPort()
                + " postgres=127.0.0.1:" + settings.dbPort() + " postmaster=" + database.postmasterPid().orElse(-1)
                + " watchdog=" + watchdog.pid() + "\n";
        // written whole, then renamed: whoever waits for it never reads half a line
        Path partial = settings.readyFile().resolveSibling("ready.partial");
        Files.writeString(partial, ready, StandardCharsets.UTF_8);
        Files.move(partial, settings.readyFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("embedded-infra: ready in %.1f s: %s", (System.nanoTime() - started) / 1e9, ready);
        return running;
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

}
