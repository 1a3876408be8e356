package org.tarikh.parser.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.vertx.core.json.JsonObject;

/**
 * An exclusive, server-named queue bound to tarikh.segments on the real broker: what the parser published, as the
 * broker saw it. Other test runs share the broker, so readers pick their own articles by id.
 */
public final class SegmentTap implements AutoCloseable {

    /** One delivery: its routing key, message id, headers and JSON body. */
    public record Delivery(String routingKey, String messageId, Map<String, Object> headers, JsonObject body) {
    }

    private final Connection connection;
    private final Channel channel;
    public final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    public SegmentTap(ConnectionFactory factory) throws Exception {
        connection = factory.newConnection("parser-test-tap");
        channel = connection.createChannel();
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, Topology.SEGMENTS_EXCHANGE, "#");
        channel.basicConsume(queue, true, (tag, delivery) -> deliveries.add(new Delivery(
                delivery.getEnvelope().getRoutingKey(), delivery.getProperties().getMessageId(),
                delivery.getProperties().getHeaders(),
                new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8)))), tag -> {
                });
    }

    /** The segments published for the article, as the {@code tarikh.segment/v1} documents its messages carry. */
    public List<JsonObject> of(String articleId) {
        return deliveriesOf(articleId).stream()
                .flatMap(d -> d.body().getJsonArray("segments").stream().map(JsonObject.class::cast)).toList();
    }

    public List<Delivery> deliveriesOf(String articleId) {
        return deliveries.stream().filter(d -> articleId.equals(d.body().getString("articleId"))).toList();
    }

    /** One segment per seq of the article (a redelivery or a second post repeats them), in seq order. */
    public List<JsonObject> segmentsOf(String articleId) {
        return of(articleId).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.getInteger("seq"), m -> m, (a, b) -> a))
                .values().stream().sorted(Comparator.comparingInt(m -> m.getInteger("seq"))).toList();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
