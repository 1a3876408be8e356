package org.tarikh.entity.messaging;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.enrichment.ArticleMemory;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.time.PublicationDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Segments in, enriched segments out. A segment is acknowledged only after its enriched message is confirmed by
 * the broker, or after it was moved, with its reason, to the dead-letter queue. SmallRye calls a method that returns
 * a {@code Uni} for one message at a time, so the segments of an article are enriched in the order they arrive, each
 * with what its earlier segments taught ({@link ArticleMemory}: a surname links to the full name named before), and
 * within the sentences parser-service found.
 */
@ApplicationScoped
public class SegmentConsumer {

    static final String ENRICHER = "entity-service/0.1";

    private final Enricher enricher;
    private final ArticleMemory articles;
    private final ObjectMapper json;
    private final MutinyEmitter<byte[]> enriched;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;

    SegmentConsumer(Enricher enricher, ArticleMemory articles, ObjectMapper json,
            @Channel("enriched") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<byte[]> enriched, DeadLetters deadLetters, MeterRegistry metrics) {
        this.enricher = enricher;
        this.articles = articles;
        this.json = json;
        this.enriched = enriched;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Incoming("segments")
    public Uni<Void> consume(Message<byte[]> message) {
        return Uni.createFrom().item(() -> enrich(message.getPayload()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(enrichedMessage -> publish(enrichedMessage, message))
                .onFailure(e -> !(e instanceof PoisonMessageException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(3)
                .onFailure().recoverWithUni(e -> deadLetters.send(message, Topology.SEGMENTS_QUEUE, e))
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }

    private EnrichedMessage enrich(byte[] body) {
        Timer.Sample sample = Timer.start(metrics);
        SegmentMessage segment = SegmentMessage.decode(json, body);
        Document document = Document.of(segment.text(), segment.sentenceOffsets(),
                referenceDate(segment.article().publishedAt()), segment.lang(), segment.caption(), segment.segmentId(),
                segment.pairedWith());
        var enrichment = enricher.enrich(document, articles.context(segment.articleId()));
        sample.stop(metrics.timer("tarikh_enrichment_seconds"));
        metrics.counter("tarikh_segments_enriched").increment();
        metrics.counter("tarikh_entities_found").increment(enrichment.mentions().size());
        metrics.counter("tarikh_events_found").increment(enrichment.events().size());
        return EnrichedMessage.of(segment, enrichment, ENRICHER);
    }

    private Uni<Void> publish(EnrichedMessage message, Message<byte[]> incoming) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new PoisonMessageException("cannot write enriched message: " + e));
        }
        var metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(message.routingKey())
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withMessageId(message.segment().segmentId())
                .withHeader("schema", EnrichedMessage.SCHEMA)
                .withHeader("articleId", message.segment().articleId())
                .build();
        // the enriched message continues the trace of the segment it came from (W3C headers, when tracing is on)
        Metadata outgoing = Metadata.of(metadata);
        outgoing = TracingMetadata.fromMessage(incoming).map(outgoing::with).orElse(outgoing);
        return enriched.sendMessage(Message.of(body, outgoing));
    }

    static LocalDate referenceDate(String publishedAt) {
        try {
            return PublicationDate.parse(publishedAt);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("article.publishedAt '" + publishedAt + "' is not an ISO date");
        }
    }
}
