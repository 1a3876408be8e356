package org.tarikh.entity.messaging;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Declares what entity-service consumes from and publishes to, before its channels start: its own queue, and the
 * queue of its consumer (a message published to an exchange with no bound queue is dropped). Idempotent, with
 * the same arguments as the other services and the k8s topology resources (docs/messages.md).
 */
@ApplicationScoped
public class Topology {

    public static final String SEGMENTS_EXCHANGE = "tarikh.segments";
    public static final String ENRICHED_EXCHANGE = "tarikh.enriched";
    public static final String DEAD_LETTER_EXCHANGE = "tarikh.dead-letters";
    public static final String SEGMENTS_QUEUE = "entity.segments";
    public static final String TIMELINE_QUEUE = "timeline.enriched";

    private final BrokerSettings broker;
    private final boolean declare;
    private final int deliveryLimit;

    Topology(BrokerSettings broker,
            @ConfigProperty(name = "tarikh.messaging.declare-topology", defaultValue = "true") boolean declare,
            @ConfigProperty(name = "tarikh.messaging.delivery-limit", defaultValue = "5") int deliveryLimit) {
        this.broker = broker;
        this.declare = declare;
        this.deliveryLimit = deliveryLimit;
    }

    // Before SmallRye Reactive Messaging starts its channels (it observes at LIBRARY_BEFORE).
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws Exception {
        if (!declare) {
            return;
        }
        try (Connection connection = broker.connectionFactory().newConnection("entity-service-topology");
                Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(SEGMENTS_EXCHANGE, BuiltinExchangeType.TOPIC, true);
            channel.exchangeDeclare(ENRICHED_EXCHANGE, BuiltinExchangeType.TOPIC, true);
            channel.exchangeDeclare(DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);
            declareWorkQueue(channel, SEGMENTS_QUEUE, SEGMENTS_EXCHANGE);
            declareWorkQueue(channel, TIMELINE_QUEUE, ENRICHED_EXCHANGE);
        }
        Log.infof("RabbitMQ topology ready: %s -> %s, %s -> %s", SEGMENTS_EXCHANGE, SEGMENTS_QUEUE, ENRICHED_EXCHANGE,
                TIMELINE_QUEUE);
    }

    /**
     * A durable quorum queue bound to {@code exchange} on every key, with its own dead-letter queue (on RabbitMQ;
     * what Qpid makes of the arguments: {@link BrokerSettings#queueArguments}).
     */
    private void declareWorkQueue(Channel channel, String queue, String exchange) throws Exception {
        String dlq = queue + ".dlq";
        channel.queueDeclare(dlq, true, false, false, broker.queueArguments(Map.of("x-queue-type", "quorum")));
        channel.queueBind(dlq, DEAD_LETTER_EXCHANGE, dlq);
        channel.queueDeclare(queue, true, false, false, broker.queueArguments(Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", deliveryLimit,
                "x-dead-letter-exchange", DEAD_LETTER_EXCHANGE,
                "x-dead-letter-routing-key", dlq)));
        channel.queueBind(queue, exchange, "#");
    }
}
