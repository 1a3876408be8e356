package org.tarikh.timeline.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/** The test's hands on the real broker: publish like entity-service, read the dead-letter queue. */
public final class EnrichedTap implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    public EnrichedTap(ConnectionFactory factory) throws Exception {
        connection = factory.newConnection("timeline-test-tap");
        channel = connection.createChannel();
    }

    public void publish(String routingKey, String body) throws Exception {
        var props = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
        channel.basicPublish(Topology.ENRICHED_EXCHANGE, routingKey, props, body.getBytes(StandardCharsets.UTF_8));
    }

    public List<Map.Entry<String, Map<String, Object>>> drainDeadLetters() throws Exception {
        List<Map.Entry<String, Map<String, Object>>> out = new ArrayList<>();
        GetResponse r;
        while ((r = channel.basicGet(Topology.ENRICHED_QUEUE + ".dlq", true)) != null) {
            out.add(Map.entry(new String(r.getBody(), StandardCharsets.UTF_8),
                    r.getProps().getHeaders() == null ? Map.of() : r.getProps().getHeaders()));
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
