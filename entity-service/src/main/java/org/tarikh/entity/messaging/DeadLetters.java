package org.tarikh.entity.messaging;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves a message that cannot be processed to the dead-letter queue of the queue it came from, unchanged, with the
 * reason in its headers ({@code x-tarikh-reason}). Completes when the broker confirmed it.
 */
@ApplicationScoped
public class DeadLetters {

    private final MutinyEmitter<byte[]> emitter;
    private final MeterRegistry metrics;

    DeadLetters(@Channel("dead-letters") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<byte[]> emitter, MeterRegistry metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public Uni<Void> send(Message<byte[]> original, String queue, Throwable reason) {
        Map<String, Object> headers = new HashMap<>();
        var incoming = original.getMetadata(IncomingRabbitMQMetadata.class);
        incoming.ifPresent(m -> {
            m.getHeaders().forEach((k, v) -> headers.put(k, v == null ? null : v.toString()));
            headers.put("x-original-exchange", m.getExchange());
            headers.put("x-original-routing-key", m.getRoutingKey());
        });
        String why = reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage();
        headers.put("x-tarikh-reason", why.length() > 2000 ? why.substring(0, 2000) : why);
        headers.put("x-tarikh-error", reason.getClass().getName());
        headers.put("x-tarikh-service", "entity-service");
        headers.put("x-tarikh-failed-at", OffsetDateTime.now().toString());
        headers.put("x-original-queue", queue);
        var metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(queue + ".dlq")
                .withContentType(incoming.flatMap(IncomingRabbitMQMetadata::getContentType).orElse("application/octet-stream"))
                .withDeliveryMode(2)
                .withHeaders(headers)
                .build();
        if (reason instanceof Error) {
            // not the message's fault as far as anyone knew (a stack overflow, memory): where it happened is the news
            Log.warnf(reason, "Dead-lettering a message from %s: %s", queue, why);
        } else {
            Log.warnf("Dead-lettering a message from %s: %s", queue, why);
        }
        metrics.counter("tarikh_messages_dead_lettered", "queue", queue).increment();
        // a dead letter the broker never confirms (the connection lost after it was sent) fails, and the message goes
        // back to its queue instead of holding the consumer for ever
        return emitter.sendMessage(Message.of(original.getPayload(), Metadata.of(metadata)))
                .ifNoItem().after(java.time.Duration.ofSeconds(10)).failWith(() -> new java.util.concurrent.TimeoutException(
                        "the broker did not confirm the dead letter within 10 s"));
    }
}
