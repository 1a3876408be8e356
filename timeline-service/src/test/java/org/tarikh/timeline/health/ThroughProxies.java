package org.tarikh.timeline.health;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service reaches PostgreSQL and RabbitMQ through proxies of its own that a test cuts and restores: the shared
 * servers keep running for everyone else (other modules' tests, other stacks on this machine). The tests' own
 * connections (publishing, reading the dead-letter queue, counting rows) go to the servers directly.
 */
public class ThroughProxies implements QuarkusTestProfile {

    static final TcpProxy DATABASE = TcpProxy.named("timeline-database", env("TARIKH_DB_HOST", "127.0.0.1"),
            Integer.parseInt(env("TARIKH_DB_PORT", "5432")));
    static final TcpProxy BROKER = TcpProxy.named("timeline-broker", env("TARIKH_RABBITMQ_HOST", "127.0.0.1"),
            Integer.parseInt(env("TARIKH_RABBITMQ_PORT", "5672")));

    @Override
    public Map<String, String> getConfigOverrides() {
        DATABASE.open();
        BROKER.open();
        return Map.of("%test.tarikh.db.url", "//127.0.0.1:" + DATABASE.port() + "/" + env("TARIKH_TEST_DB_NAME",
                "tarikh_test"), "rabbitmq-host", "127.0.0.1", "rabbitmq-port", String.valueOf(BROKER.port()),
                // a batch under way longer than this makes the service unready (IngestOutageTest)
                "tarikh.timeline.stuck-after", "PT3S");
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
