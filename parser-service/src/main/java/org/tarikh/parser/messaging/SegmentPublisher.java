package org.tarikh.parser.messaging;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.tarikh.parser.structure.Article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes an article's segments to {@code tarikh.segments}; completes only when the broker confirmed all. */
@ApplicationScoped
public class SegmentPublisher {

    /** Sends in flight per article: enough to keep the broker busy, few enough not to flood the emitter. */
    private static final int CONCURRENCY = 64;

    private final MutinyEmitter<byte[]> emitter;
    private final ObjectMapper json;
    private final Duration timeout;

    SegmentPublisher(@Channel("segments") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<byte[]> emitter, ObjectMapper json,
            @ConfigProperty(name = "tarikh.parser.publish-timeout", defaultValue = "PT30S") Duration timeout) {
        this.emitter = emitter;
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * Completes when the broker has confirmed every segment; fails when one is refused or when the confirmations
     * do not come within {@code tarikh.parser.publish-timeout}, so that a caller is never left waiting.
     */
    public Uni<Void> publish(Article article) {
        return Multi.createFrom().iterable(article.segments())
                .onItem().transformToUni(segment -> send(SegmentMessage.of(article, segment)))
                .merge(CONCURRENCY)
                .collect().last()
                .replaceWithVoid()
                .ifNoItem().after(timeout)
                .failWith(() -> new java.util.concurrent.TimeoutException("no broker confirmation within " + timeout));
    }

    private Uni<Void> send(SegmentMessage message) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        var metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(message.routingKey())
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withMessageId(message.segmentId())
                .withHeader("schema", SegmentMessage.SCHEMA)
                .withHeader("articleId", message.articleId())
                .build();
        return emitter.sendMessage(Message.of(body, Metadata.of(metadata)));
    }
}
