package org.tarikh.timeline.messaging;

import java.util.Map;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Tests start from an empty database (Flyway cleans it), so they start from an empty queue too: other modules' tests
 * publish enriched segments to the test virtual host while no timeline-service consumes them, and working through
 * that backlog first would only delay these tests' own messages.
 */
public class FreshQueue implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("TARIKH_RABBITMQ_PORT", "5672")));
        factory.setUsername(env("TARIKH_RABBITMQ_USER", "guest"));
        factory.setPassword(env("TARIKH_RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        try (Connection connection = factory.newConnection("timeline-test-purge")) {
            Channel channel = connection.createChannel();
            try {
                channel.queuePurge(Topology.ENRICHED_QUEUE);
            } catch (java.io.IOException notDeclaredYet) {
                // nothing to purge: the service declares the queue when it starts
            }
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ test virtual host is not reachable: " + e.getMessage(), e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
