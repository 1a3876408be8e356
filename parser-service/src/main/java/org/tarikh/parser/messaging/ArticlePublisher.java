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

/**
 * Publishes an article to {@code tarikh.segments} as {@code tarikh.article/v1}: one message with all its segments
 * (or a few, for an article longer than {@code tarikh.parser.max-message-chars}); completes only when the broker
 * confirmed all.
 */
@ApplicationScoped
public class ArticlePublisher {

    private final MutinyEmitter<byte[]> emitter;
    private final ObjectMapper json;
    private final Duration timeout;
    private final int maxMessageChars;

    ArticlePublisher(@Channel("segments") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<byte[]> emitter, ObjectMapper json,
            @ConfigProperty(name = "tarikh.parser.publish-timeout", defaultValue = "PT30S") Duration timeout,
            @ConfigProperty(name = "tarikh.parser.max-message-chars", defaultValue = "50000") int maxMessageChars) {
        this.emitter = emitter;
        this.json = json;
        this.timeout = timeout;
        this.maxMessageChars = maxMessageChars;
    }

    /**
     * Completes when the broker has confirmed the article's message(s); fails when one is refused or when the confirmations
     * do not come within {@code tarikh.parser.publish-timeout}, so that a caller is never left waiting.
     */
    public Uni<Void> publish(Article article) {
        return Multi.createFrom().iterable(ArticleMessage.of(article, maxMessageChars))
                .onItem().transformToUniAndConcatenate(this::send)
                .collect().last()
                .replaceWithVoid()
                .ifNoItem().after(timeout)
                .failWith(() -> new java.util.concurrent.TimeoutException("no broker confirmation within " + timeout));
    }

    private Uni<Void> send(ArticleMessage message) {
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
                .withMessageId(message.messageId())
                .withHeader("schema", ArticleMessage.SCHEMA)
                .withHeader("articleId", message.articleId())
                .build();
        return emitter.sendMessage(Message.of(body, Metadata.of(metadata)));
    }
}
