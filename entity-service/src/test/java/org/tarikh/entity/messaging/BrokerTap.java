package org.tarikh.entity.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    /** Every enriched segment received: a {@code tarikh.enriched/v1} message, or one of an enriched article's. */
    public final List<JsonObject> enriched = new CopyOnWriteArrayList<>();
    /** Every {@code tarikh.enriched-article/v1} message received, whole. */
    public final List<JsonObject> enrichedArticles = new CopyOnWriteArrayList<>();

    public BrokerTap(ConnectionFactory factory) throws Exception {
        connection = factory.newConnection("entity-test-tap");
        channel = connection.createChannel();
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, Topology.ENRICHED_EXCHANGE, "#");
        channel.basicConsume(queue, true, (tag, delivery) -> {
            try {
                JsonObject body = new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8));
                if ("tarikh.enriched-article/v1".equals(body.getString("schema"))) {
                    enrichedArticles.add(body);
                    body.getJsonArray("segments").forEach(s -> enriched.add((JsonObject) s));
                } else {
                    enriched.add(body);
                }
            } catch (RuntimeException notJson) {
                // another test's deliberately broken message: not ours, and it must not close the tap's channel
            }
        }, tag -> {
        });
    }

    public void publishSegment(JsonObject segment) throws Exception {
        publishSegment(segment.getString("lang") + "." + segment.getString("kind").toLowerCase(java.util.Locale.ROOT),
                segment.encode().getBytes(StandardCharsets.UTF_8));
    }

    /** The article as parser-service publishes it: one {@code tarikh.article/v1} message with all its segments. */
    public void publishArticle(ArticleSegments article) throws Exception {
        publishSegment(ArticleSegments.language(article.article) + ".article",
                article.message().encode().getBytes(StandardCharsets.UTF_8));
    }

    public void publishSegment(String routingKey, byte[] body) throws Exception {
        var props = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
        channel.basicPublish(Topology.SEGMENTS_EXCHANGE, routingKey, props, body);
    }

    /** The enriched messages of an article so far, one per segment id (a redelivery may repeat one). */
    public Map<String, JsonObject> enrichedOfArticle(String articleId) {
        Map<String, JsonObject> out = new java.util.TreeMap<>();
        for (JsonObject m : enriched) {
            JsonObject segment = m.getJsonObject("segment");
            if (segment != null && articleId.equals(segment.getString("articleId"))) {
                out.putIfAbsent(segment.getString("segmentId"), m);
            }
        }
        return out;
    }

    public List<JsonObject> enrichedOf(String segmentId) {
        return enriched.stream().filter(m -> m.getJsonObject("segment") != null
                && segmentId.equals(m.getJsonObject("segment").getString("segmentId")))
                .toList();
    }

    /**
     * Takes the messages of the dead-letter queue whose body contains {@code marker}, with their headers, and leaves
     * the others there: other test runs share the vhost, and their dead letters are theirs to see. The messages not
     * taken are held unacknowledged until the look ends, then returned (closing the channel requeues them).
     */
    public List<Map.Entry<String, Map<String, Object>>> takeDeadLetters(String marker) throws Exception {
        List<Map.Entry<String, Map<String, Object>>> out = new ArrayList<>();
        try (Channel look = connection.createChannel()) {
            GetResponse r;
            int seen = 0;
            while (seen++ < 5_000 && (r = look.basicGet(Topology.SEGMENTS_QUEUE + ".dlq", false)) != null) {
                String body = new String(r.getBody(), StandardCharsets.UTF_8);
                if (body.contains(marker)) {
                    Map<String, Object> headers = r.getProps().getHeaders() == null ? Map.of()
                            : r.getProps().getHeaders();
                    out.add(Map.entry(body, headers));
                    look.basicAck(r.getEnvelope().getDeliveryTag(), false);
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
