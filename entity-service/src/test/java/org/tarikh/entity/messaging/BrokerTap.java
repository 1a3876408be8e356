package org.tarikh.entity.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import io.vertx.core.json.JsonObject;

/** The test's own hands on the real broker: publish like parser-service, listen like timeline-service. */
public final class BrokerTap implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;
    public final List<JsonObject> enriched = new CopyOnWriteArrayList<>();

    public BrokerTap(ConnectionFactory factory) throws Exception {
        connection = factory.newConnection("entity-test-tap");
        channel = connection.createChannel();
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, Topology.ENRICHED_EXCHANGE, "#");
        channel.basicConsume(queue, true, (tag, delivery) -> enriched
                .add(new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8))), tag -> {
                });
    }

    public void publishSegment(String routingKey, byte[] body) throws Exception {
        var props = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
        channel.basicPublish(Topology.SEGMENTS_EXCHANGE, routingKey, props, body);
    }

    public List<JsonObject> enrichedOf(String segmentId) {
        return enriched.stream().filter(m -> segmentId.equals(m.getJsonObject("segment").getString("segmentId")))
                .toList();
    }

    /** Takes every message now in the dead-letter queue, with its headers, and acknowledges them. */
    public List<Map.Entry<String, Map<String, Object>>> drainDeadLetters() throws Exception {
        List<Map.Entry<String, Map<String, Object>>> out = new CopyOnWriteArrayList<>();
        GetResponse r;
        while ((r = channel.basicGet(Topology.SEGMENTS_QUEUE + ".dlq", true)) != null) {
            Map<String, Object> headers = r.getProps().getHeaders() == null ? Map.of() : r.getProps().getHeaders();
            out.add(Map.entry(new String(r.getBody(), StandardCharsets.UTF_8), headers));
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
