package org.tarikh.timeline.messaging;

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
 * Declares the queue timeline-service consumes, with its dead-letter queue, before its channel starts. Idempotent,
 * with the same arguments as entity-service and the k8s topology resources (docs/messages.md).
 */
@ApplicationScoped
public class Topology {

    public static final String ENRICHED_EXCHANGE = "tarikh.enriched";
    public static final String DEAD_LETTER_EXCHANGE = "tarikh.dead-letters";
    public static final String ENRICHED_QUEUE = "timeline.enriched";

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
        try (Connection connection = broker.connectionFactory().newConnection("timeline-service-topology");
                Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(ENRICHED_EXCHANGE, BuiltinExchangeType.TOPIC, true);
            channel.exchangeDeclare(DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);
            String dlq = ENRICHED_QUEUE + ".dlq";
            // on RabbitMQ; what Qpid makes of the arguments: BrokerSettings.queueArguments
            channel.queueDeclare(dlq, true, false, false, broker.queueArguments(Map.of("x-queue-type", "quorum")));
            channel.queueBind(dlq, DEAD_LETTER_EXCHANGE, dlq);
            channel.queueDeclare(ENRICHED_QUEUE, true, false, false, broker.queueArguments(Map.of(
                    "x-queue-type", "quorum",
                    "x-delivery-limit", deliveryLimit,
                    "x-dead-letter-exchange", DEAD_LETTER_EXCHANGE,
                    "x-dead-letter-routing-key", dlq)));
            channel.queueBind(ENRICHED_QUEUE, ENRICHED_EXCHANGE, "#");
        }
        Log.infof("RabbitMQ topology ready: %s -> %s", ENRICHED_EXCHANGE, ENRICHED_QUEUE);
    }
}
