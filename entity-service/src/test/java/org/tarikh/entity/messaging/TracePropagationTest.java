package org.tarikh.entity.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * With tracing on (as in production), the enriched message continues the trace that the segment arrived with, so
 * one article can be followed from parser-service through entity-service to timeline-service.
 */
@QuarkusTest
@TestProfile(TracePropagationTest.TracingOn.class)
class TracePropagationTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // spans are made and propagated; nothing is exported (no collector here)
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    @Inject
    BrokerSettings broker;

    @Test
    void enrichedMessageContinuesTheSegmentsTrace() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpan = "00f067aa0ba902b7";
        String id = "trace" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Rockets hit a base in Anbar province on January 4, 2022, officials said.";
        JsonObject segment = ArticleConsumerTest.segment(id, text, "PARAGRAPH", "2022-01-10");
        AtomicReference<Object> received = new AtomicReference<>();
        try (Connection connection = broker.connectionFactory().newConnection(); Channel channel = connection.createChannel()) {
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            channel.queueBind(queue, Topology.ENRICHED_EXCHANGE, "#");
            channel.basicConsume(queue, true, (tag, delivery) -> {
                if (new String(delivery.getBody(), StandardCharsets.UTF_8).contains(id)) {
                    var headers = delivery.getProperties().getHeaders();
                    received.set(headers == null ? "no headers" : String.valueOf(headers.get("traceparent")));
                }
            }, tag -> { });
            var properties = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2)
                    .headers(Map.of("traceparent", "00-" + traceId + "-" + parentSpan + "-01")).build();
            channel.basicPublish(Topology.SEGMENTS_EXCHANGE, "en.paragraph", properties,
                    segment.encode().getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(20)).until(() -> received.get() != null);
        }
        String[] parts = String.valueOf(received.get()).split("-");
        assertEquals(4, parts.length, "enriched message has a W3C traceparent: " + received.get());
        assertEquals(traceId, parts[1], "same trace as the segment");
        assertNotEquals(parentSpan, parts[2], "a span of entity-service's own is the parent now");
    }
}
