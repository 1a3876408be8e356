package org.tarikh.parser.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.vertx.core.json.JsonObject;

/** A temporary queue bound to tarikh.segments on the real broker: what the parser published, as the broker saw it. */
public final class SegmentTap implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;
    public final List<JsonObject> messages = new CopyOnWriteArrayList<>();
    public final List<String> routingKeys = new CopyOnWriteArrayList<>();

    public SegmentTap(ConnectionFactory factory) throws Exception {
        connection = factory.newConnection("parser-test-tap");
        channel = connection.createChannel();
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, Topology.SEGMENTS_EXCHANGE, "#");
        channel.basicConsume(queue, true, (tag, delivery) -> {
            routingKeys.add(delivery.getEnvelope().getRoutingKey());
            messages.add(new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8)));
        }, tag -> {
        });
    }

    public List<JsonObject> of(String articleId) {
        return messages.stream().filter(m -> articleId.equals(m.getString("articleId"))).toList();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
