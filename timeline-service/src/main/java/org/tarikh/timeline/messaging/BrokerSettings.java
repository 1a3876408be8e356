package org.tarikh.timeline.messaging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.rabbitmq.client.ConnectionFactory;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The broker settings the SmallRye connector uses, for the plain RabbitMQ client that declares topology, and which
 * broker speaks AMQP 0-9-1 at that address: RabbitMQ, or the Qpid Broker-J of {@code ./tarikh}'s embedded mode, which
 * refuses RabbitMQ's queue arguments (docs/operations.md, "Embedded mode").
 */
@ApplicationScoped
public class BrokerSettings {

    /** The AMQP 0-9-1 brokers Tarikh declares its topology on. */
    public enum Broker {
        RABBITMQ, QPID
    }

    private final ConnectionFactory factory = new ConnectionFactory();
    private final Broker broker;

    BrokerSettings(@ConfigProperty(name = "rabbitmq-host") String host,
            @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username") String username,
            @ConfigProperty(name = "rabbitmq-password") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost,
            @ConfigProperty(name = "tarikh.messaging.broker", defaultValue = "rabbitmq") String broker) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(10_000);
        this.broker = parse(broker);
        if (this.broker == Broker.QPID) {
            Log.warn("tarikh.messaging.broker=qpid: plain queues without delivery limit or broker dead-lettering;"
                    + " a message whose processing keeps failing is retried until it succeeds");
        }
    }

    static Broker parse(String broker) {
        try {
            return Broker.valueOf(broker.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "tarikh.messaging.broker (TARIKH_MESSAGING_BROKER) is '" + broker + "': use rabbitmq or qpid", e);
        }
    }

    public ConnectionFactory connectionFactory() {
        return factory;
    }

    public Broker broker() {
        return broker;
    }

    /**
     * A queue's RabbitMQ arguments as this broker takes them. RabbitMQ: unchanged. Qpid Broker-J closes the connection
     * on an argument it does not know, and has no equivalent for these over AMQP 0-9-1: one kind of queue (so no
     * {@code x-queue-type}); its delivery count ({@code x-qpid-maximum-delivery-count}) ignores messages a consumer
     * returns with requeue, which is how the services retry (so no {@code x-delivery-limit}), and with it goes
     * dead-lettering ({@code x-dead-letter-*}). Any other argument is passed on for Qpid to judge.
     */
    public Map<String, Object> queueArguments(Map<String, Object> rabbitmqArguments) {
        if (broker == Broker.RABBITMQ) {
            return rabbitmqArguments;
        }
        Map<String, Object> arguments = new LinkedHashMap<>(rabbitmqArguments);
        arguments.keySet().removeAll(Set.of("x-queue-type", "x-delivery-limit", "x-dead-letter-exchange",
                "x-dead-letter-routing-key"));
        return arguments;
    }
}
