package org.tarikh.entity.messaging;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.enrichment.EnrichmentBudget;
import org.tarikh.entity.enrichment.Enrichment;
import org.tarikh.entity.time.PublicationDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Articles in, enriched articles out. A {@code tarikh.article/v1} message carries all the segments of an article, so
 * the article is enriched in one call (a later surname links to an earlier full name, a caption takes its pair's
 * date) and the result is the same whichever replica receives it: the service keeps nothing between messages. A
 * {@code tarikh.segment/v1} message (still in a queue from before the upgrade) is enriched alone and answered with
 * {@code tarikh.enriched/v1}. A message is acknowledged only after its enriched message is confirmed by the broker, or
 * after it was moved, with its reason, to the dead-letter queue. What cannot be read or enriched is dead-lettered at
 * once; only publishing (the broker away) is retried, then the message is returned to the queue.
 */
@ApplicationScoped
public class ArticleConsumer {

    static final String ENRICHER = "entity-service/0.1";
    /** How long a publish may wait for the broker's confirm before it counts as failed (and is tried again). */
    static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    /** The enriched result of one message: its body, routing key and message id. */
    record Outgoing(byte[] body, String routingKey, String messageId, String schema, String articleId) {
    }

    private final Enricher enricher;
    private final ObjectMapper json;
    private final MutinyEmitter<byte[]> enriched;
    private final DeadLetters deadLetters;
    private final EnrichmentBudget budget;
    private final MeterRegistry metrics;

    ArticleConsumer(Enricher enricher, ObjectMapper json,
            @Channel("enriched") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<byte[]> enriched, DeadLetters deadLetters, MeterRegistry metrics,
            EnrichmentBudget budget) {
        this.budget = budget;
        this.enricher = enricher;
        this.json = json;
        this.enriched = enriched;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /**
     * The broker's tag of the consumer that delivered the latest message. A delivery tag means something only on the
     * channel that delivered it; after the connection to the broker was lost, the connector consumes again on a new
     * channel (a new tag) and the broker has put every unacknowledged message of the old one back in the queue.
     * Acknowledging such a message on the new channel would acknowledge whichever message has that number there, or
     * close the channel on an unknown number.
     */
    private volatile String consumerTag;

    @Incoming("segments")
    public Uni<Void> consume(Message<byte[]> message) {
        DeliveryChannel channel = DeliveryChannel.of(message);
        String tag = channel.consumerTag();
        if (tag != null && !tag.equals(consumerTag)) {
            if (consumerTag != null) {
                Log.infof("consuming again (consumer %s, channel %d): what the old channel delivered is back in the"
                        + " queue", tag, channel.instance());
            }
            consumerTag = tag;
        }
        byte[] payload = message.getPayload();
        return Uni.createFrom().item(() -> budget.within(payload.length, () -> enrich(payload)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                // whatever fails in reading or enriching fails again on every delivery: dead-letter it now
                .onFailure(e -> !(e instanceof PoisonMessageException))
                .transform(e -> new PoisonMessageException("cannot enrich: " + e, e))
                .chain(out -> publish(out, message)
                        // a publish the broker never confirms (the connection lost after it was sent) must not hold
                        // this message, and every one behind it, for ever
                        .ifNoItem().after(CONFIRM_TIMEOUT).failWith(() -> new java.util.concurrent.TimeoutException(
                                "the broker did not confirm the enriched message within " + CONFIRM_TIMEOUT))
                        // the broker may be briefly away: retry the publish, then give the message back
                        .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(3)
                        .onFailure().transform(TransientFailure::new))
                .onFailure(PoisonMessageException.class)
                .recoverWithUni(e -> stale(channel) ? Uni.createFrom().voidItem()
                        : deadLetters.send(message, Topology.SEGMENTS_QUEUE, e))
                .chain(() -> stale(channel) ? Uni.createFrom().voidItem()
                        : Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> stale(channel) ? Uni.createFrom().voidItem()
                        : Uni.createFrom().completionStage(message.nack(e)));
    }

    /**
     * Whether the channel that delivered a message has been replaced since: the broker delivers it again on the current
     * one (enriching it again gives the same message, and timeline-service stores it once).
     */
    private boolean stale(DeliveryChannel channel) {
        boolean stale = channel.gone(consumerTag);
        if (stale) {
            metrics.counter("tarikh_stale_deliveries").increment();
        }
        return stale;
    }


    /** A failure that another delivery may not meet (the broker away): the message goes back to its queue. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(Throwable cause) {
            super(cause);
        }
    }

    Outgoing enrich(byte[] body) {
        JsonNode tree = SegmentMessage.readObject(json, body, "article or segment");
        String schema = tree.path("schema").asText(null);
        if (ArticleMessage.SCHEMA.equals(schema)) {
            return enrichArticle(ArticleMessage.fromTree(json, tree));
        }
        if (SegmentMessage.SCHEMA.equals(schema)) {
            return enrichSegment(SegmentMessage.fromTree(json, tree, MessageSchemas.segmentViolations(tree),
                    SegmentMessage.SCHEMA));
        }
        throw new PoisonMessageException("schema is '" + schema + "', expected " + ArticleMessage.SCHEMA + " (or "
                + SegmentMessage.SCHEMA + ")");
    }

    private Outgoing enrichArticle(ArticleMessage article) {
        Timer.Sample sample = Timer.start(metrics);
        List<Document> documents = new ArrayList<>(article.segments().size());
        for (SegmentMessage s : article.segments()) {
            documents.add(document(s));
        }
        List<Enrichment> enrichments = enricher.enrichArticle(documents);
        List<EnrichedMessage> out = new ArrayList<>(enrichments.size());
        for (int i = 0; i < enrichments.size(); i++) {
            out.add(EnrichedMessage.of(article.segments().get(i), enrichments.get(i), ENRICHER));
            count(enrichments.get(i));
        }
        sample.stop(metrics.timer("tarikh_enrichment_seconds"));
        var message = EnrichedArticleMessage.of(article, out, ENRICHER);
        return new Outgoing(write(message), message.routingKey(), message.messageId(), EnrichedArticleMessage.SCHEMA,
                article.articleId());
    }

    private Outgoing enrichSegment(SegmentMessage segment) {
        Timer.Sample sample = Timer.start(metrics);
        Enrichment enrichment = enricher.enrich(document(segment), new ArticleContext());
        sample.stop(metrics.timer("tarikh_enrichment_seconds"));
        count(enrichment);
        var message = EnrichedMessage.of(segment, enrichment, ENRICHER);
        return new Outgoing(write(message), message.routingKey(), segment.segmentId(), EnrichedMessage.SCHEMA,
                segment.articleId());
    }

    private static Document document(SegmentMessage segment) {
        return Document.of(segment.text(), segment.sentenceOffsets(), referenceDate(segment.article().publishedAt()),
                segment.lang(), segment.caption(), segment.segmentId(), segment.pairedWith());
    }

    private void count(Enrichment enrichment) {
        metrics.counter("tarikh_segments_enriched").increment();
        metrics.counter("tarikh_entities_found").increment(enrichment.mentions().size());
        metrics.counter("tarikh_events_found").increment(enrichment.events().size());
    }

    private byte[] write(Object message) {
        try {
            return json.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("cannot write enriched message: " + e);
        }
    }

    private Uni<Void> publish(Outgoing out, Message<byte[]> incoming) {
        var metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(out.routingKey())
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withMessageId(out.messageId())
                .withHeader("schema", out.schema())
                .withHeader("articleId", out.articleId())
                .build();
        // the enriched message continues the trace of the message it came from (W3C headers, when tracing is on)
        Metadata outgoing = Metadata.of(metadata);
        outgoing = TracingMetadata.fromMessage(incoming).map(outgoing::with).orElse(outgoing);
        return enriched.sendMessage(Message.of(out.body(), outgoing));
    }

    static LocalDate referenceDate(String publishedAt) {
        try {
            return PublicationDate.parse(publishedAt);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("article.publishedAt '" + publishedAt + "' is not an ISO date");
        }
    }
}
