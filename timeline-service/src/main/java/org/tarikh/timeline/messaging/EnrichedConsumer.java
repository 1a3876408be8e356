package org.tarikh.timeline.messaging;

import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tarikh.timeline.store.ChronologyChanges;
import org.tarikh.timeline.store.ChronologyStore;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Enriched segments into the chronology. A message is acknowledged only after its transaction committed (or it was
 * already stored), or after it was moved, with its reason, to the dead-letter queue.
 */
@ApplicationScoped
public class EnrichedConsumer {

    private final ChronologyStore store;
    private final ChronologyChanges changes;
    private final ObjectMapper json;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;

    EnrichedConsumer(ChronologyStore store, ChronologyChanges changes, ObjectMapper json, DeadLetters deadLetters,
            MeterRegistry metrics) {
        this.store = store;
        this.changes = changes;
        this.json = json;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Incoming("enriched")
    public Uni<Void> consume(Message<byte[]> message) {
        return Uni.createFrom().item(() -> EnrichedMessage.decode(json, message.getPayload()))
                .chain(store::ingest)
                .invoke(result -> {
                    metrics.counter("tarikh_segments_stored", "new", String.valueOf(result.stored())).increment();
                    changes.committed(result);
                })
                // the database may be briefly away: retry before giving up on the message
                .onFailure(e -> !(e instanceof PoisonMessageException))
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).atMost(5)
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetters.send(message, Topology.ENRICHED_QUEUE, e))
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }
}
