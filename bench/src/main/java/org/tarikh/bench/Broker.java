package org.tarikh.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

/**
 * What the benchmark reads from RabbitMQ over AMQP (no management plugin needed): queue depths by passive declare,
 * and a tap, a transient queue bound to the services' exchanges that counts the messages and bytes each hop carries.
 * The tap costs the broker one more (non-durable, classic) copy of every message; the figures say so.
 */
final class Broker implements AutoCloseable {

    private final Connection connection;
    private final Map<String, AtomicLongArray> tapped = new ConcurrentHashMap<>(); // exchange -> [messages, bytes]
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>(); // exchange -> nanoTime of its first message
    private Channel tapChannel;

    Broker(ConnectionFactory factory) throws IOException, TimeoutException {
        this.connection = factory.newConnection("tarikh-bench");
    }

    static ConnectionFactory factory(Map<String, String> env) {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(env.getOrDefault("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        f.setPort(Integer.parseInt(env.getOrDefault("TARIKH_RABBITMQ_PORT", "5672")));
        f.setUsername(env.getOrDefault("TARIKH_RABBITMQ_USER", "guest"));
        f.setPassword(env.getOrDefault("TARIKH_RABBITMQ_PASSWORD", "guest"));
        f.setVirtualHost(env.getOrDefault("TARIKH_RABBITMQ_VHOST", "/"));
        return f;
    }

    /** Binds the tap to each exchange that exists; returns those it could tap. */
    List<String> tap(List<String> exchanges) throws IOException {
        tapChannel = connection.createChannel();
        String queue = "bench.tap." + UUID.randomUUID();
        tapChannel.queueDeclare(queue, false, true, true, Map.of());
        List<String> bound = new java.util.ArrayList<>();
        for (String exchange : exchanges) {
            if (exists(exchange)) {
                tapChannel.queueBind(queue, exchange, "#");
                tapped.put(exchange, new AtomicLongArray(2));
                bound.add(exchange);
            }
        }
        tapChannel.basicConsume(queue, true, new DefaultConsumer(tapChannel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                AtomicLongArray counts = tapped.get(envelope.getExchange());
                if (counts != null) {
                    firstSeen.putIfAbsent(envelope.getExchange(), System.nanoTime());
                    counts.incrementAndGet(0);
                    counts.addAndGet(1, body.length);
                }
            }
        });
        return bound;
    }

    /** Messages and bytes seen on each tapped exchange so far. */
    Map<String, long[]> tapped() {
        Map<String, long[]> out = new LinkedHashMap<>();
        tapped.forEach((k, v) -> out.put(k, new long[] { v.get(0), v.get(1) }));
        return out;
    }

    /** The tapped exchanges in the order messages first reached them: the pipeline's hops in order. */
    List<String> hops() {
        List<String> out = new java.util.ArrayList<>(tapped.keySet());
        out.sort(java.util.Comparator.comparing(e -> firstSeen.getOrDefault(e, Long.MAX_VALUE)));
        return out;
    }

    /** Ready messages in each queue that exists (-1 for one that does not). */
    Map<String, Long> depths(List<String> queues) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String q : queues) {
            try {
                Channel c = connection.createChannel();
                try {
                    out.put(q, (long) c.queueDeclarePassive(q).getMessageCount());
                } finally {
                    if (c.isOpen()) {
                        c.close();
                    }
                }
            } catch (IOException | TimeoutException e) {
                out.put(q, -1L);
            }
        }
        return out;
    }

    void deleteQueues(List<String> queues) {
        for (String q : queues) {
            try {
                Channel c = connection.createChannel();
                c.queueDelete(q);
                c.close();
            } catch (IOException | TimeoutException e) {
                // it was not there
            }
        }
    }

    private boolean exists(String exchange) {
        try {
            Channel c = connection.createChannel();
            c.exchangeDeclarePassive(exchange);
            c.close();
            return true;
        } catch (IOException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            // closing at the end of the run
        }
    }
}
