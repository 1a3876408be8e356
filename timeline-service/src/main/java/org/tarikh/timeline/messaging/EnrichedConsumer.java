package org.tarikh.timeline.messaging;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tarikh.timeline.store.ChronologyChanges;
import org.tarikh.timeline.store.ChronologyStore;
import org.tarikh.timeline.store.InTurn;
import org.tarikh.timeline.store.IngestResult;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Enriched articles (and segments) into the chronology, in batches. The broker delivers up to
 * {@code max-outstanding-messages} unacknowledged messages; while one batch is being stored, the messages that arrive
 * wait, and the next batch takes them all (up to {@code tarikh.timeline.batch-segments} segments) into one database
 * transaction. Every message of a batch is acknowledged only after that transaction committed.
 * <ul>
 * <li>A message that breaks its contract never enters a batch: it is dead-lettered with its reason at once.</li>
 * <li>A batch that fails for a reason another attempt would meet again is split: each of its messages is stored in a
 * transaction of its own, so only the message at fault is dead-lettered, at once, and the others are stored.</li>
 * <li>Only transient failures (database or broker away, a conflict with another replica) are retried, with back-off,
 * for at most {@code tarikh.timeline.transient-retry}; then the messages go back to the queue (redelivered later,
 * counted by the queue's delivery limit). A permanent error is never retried in front of the queue.</li>
 * </ul>
 */
@ApplicationScoped
public class EnrichedConsumer {

    /** A delivered message, what it carries, and the consumer (so the channel) that received it. */
    private record Pending(Message<byte[]> message, EnrichedArticle article, DeliveryChannel channel) {
    }

    /**
     * A delivered message waiting for a batch, read only when a batch takes it: up to {@code max-outstanding-messages}
     * wait, and an article read is several times its message's size (64 parts of a long article, read on arrival, ran a
     * 160 MiB heap out of memory). What waits is the message's bytes; what is read is one batch.
     */
    private static final class Arrived {
        final Message<byte[]> message;
        final DeliveryChannel channel;
        EnrichedArticle article;

        Arrived(Message<byte[]> message, DeliveryChannel channel) {
            this.message = message;
            this.channel = channel;
        }
    }

    private final ChronologyStore store;
    private final ChronologyChanges changes;
    private final ObjectMapper json;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;
    private final int batchSegments;
    private final Duration transientRetry;

    private final ArrayDeque<Arrived> waiting = new ArrayDeque<>();
    private boolean storing;
    /** When the batch being stored was taken ({@link System#nanoTime()}), 0 while none is: readiness reads it. */
    private volatile long batchStarted;
    /**
     * The broker's tag of the consumer that delivered the latest message. A delivery tag means something only on the
     * channel that delivered it; after the connection to the broker was lost, the connector consumes again on a new
     * channel (a new tag), and the broker has already put every unacknowledged message of the old channel back in the
     * queue. Acknowledging such a message on the new channel would acknowledge whichever message has that number there
     * (one not stored yet) or close the channel (an unknown number), which returns everything again.
     */
    private volatile String consumerTag;

    EnrichedConsumer(ChronologyStore store, ChronologyChanges changes, ObjectMapper json, DeadLetters deadLetters,
            MeterRegistry metrics,
            @ConfigProperty(name = "tarikh.timeline.batch-segments", defaultValue = "400") int batchSegments,
            @ConfigProperty(name = "tarikh.timeline.transient-retry", defaultValue = "PT2M") Duration transientRetry) {
        this.store = store;
        this.changes = changes;
        this.json = json;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.batchSegments = Math.max(1, batchSegments);
        this.transientRetry = transientRetry;
    }

    /**
     * Takes a message into the next batch and returns at once, so that the broker's next deliveries gather while a
     * batch is stored; acknowledgement follows the commit.
     */
    @Incoming("enriched")
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
        Context context = Vertx.currentContext();
        if (context == null) {
            // batches are stored and retried on a Vert.x context; the connector always delivers on one
            return Uni.createFrom().completionStage(message.nack(new IllegalStateException("no Vert.x context")));
        }
        boolean start;
        synchronized (waiting) {
            waiting.add(new Arrived(message, channel));
            start = !storing;
            storing = true;
        }
        if (start) {
            storeWaiting(context);
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Stores batches until none is waiting, on the Vert.x context of the message that started it (every step, and every
     * retry's timer, comes back to this one).
     */
    private void storeWaiting(Context context) {
        List<Pending> batch = new ArrayList<>();
        List<Map.Entry<Message<byte[]>, PoisonMessageException>> poisoned = new ArrayList<>();
        boolean idle;
        synchronized (waiting) {
            int segments = 0;
            while (!waiting.isEmpty()) {
                Arrived next = waiting.peek();
                if (next.channel.gone(consumerTag)) {
                    // its channel is gone: the broker delivers it again, on the current one
                    waiting.poll();
                    metrics.counter("tarikh_ingest_stale_deliveries").increment();
                    continue;
                }
                if (next.article == null) {
                    try {
                        next.article = EnrichedArticle.decode(json, next.message.getPayload());
                    } catch (PoisonMessageException poison) {
                        // a message that breaks its contract never enters a batch
                        waiting.poll();
                        poisoned.add(Map.entry(next.message, poison));
                        continue;
                    }
                }
                int size = next.article.segments().size();
                if (!batch.isEmpty() && segments + size > batchSegments) {
                    break;
                }
                waiting.poll();
                segments += size;
                batch.add(new Pending(next.message, next.article, next.channel));
            }
            idle = batch.isEmpty();
            if (idle) {
                storing = false;
            }
        }
        poisoned.forEach(p -> deadLetter(p.getKey(), p.getValue()).subscribe().with(v -> { }, e -> { }));
        if (idle) {
            return;
        }
        metrics.summary("tarikh_ingest_batch_messages").record(batch.size());
        batchStarted = System.nanoTime();
        storeBatch(batch, context).onTermination().invoke(() -> batchStarted = 0).subscribe()
                .with(done -> context.runOnContext(v -> storeWaiting(context)), failure -> {
                    Log.errorf(failure, "a batch of %d messages could not be settled", batch.size());
                    context.runOnContext(v -> storeWaiting(context));
                });
    }

    /** How long the batch being stored has been under way; zero when none is. */
    public Duration batchRunningFor() {
        long started = batchStarted;
        return started == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Stores a batch in one transaction and settles each of its messages: ack, dead letter or back to the queue. Only
     * a failure to store decides a message's fate; a failure to acknowledge (the channel closed meanwhile) leaves the
     * message to the broker, which delivers it again, and storing it again changes nothing.
     */
    private Uni<Void> storeBatch(List<Pending> batch, Context context) {
        return retryTransient(() -> inOneTransaction(batch), context, System.nanoTime() + transientRetry.toNanos(), 200)
                .onItemOrFailure().transformToUni((results, failure) -> {
                    if (failure == null) {
                        results.forEach(result -> {
                            metrics.counter("tarikh_segments_stored", "new", String.valueOf(result.stored()))
                                    .increment();
                            changes.committed(result);
                        });
                        return settle(batch, Message::ack);
                    }
                    if (Failures.isTransient(failure)) {
                        Log.warnf("giving %d messages back to the queue after %s: %s", batch.size(), transientRetry,
                                failure.toString());
                        return settle(batch, m -> m.nack(failure));
                    }
                    if (batch.size() > 1) {
                        // one message is at fault: each alone, so that only that one is dead-lettered
                        return each(batch, context);
                    }
                    if (stale(batch.get(0))) {
                        // judged again when the broker delivers it again
                        return Uni.createFrom().voidItem();
                    }
                    return deadLetter(batch.get(0).message(), failure);
                });
    }

    private Uni<Void> each(List<Pending> batch, Context context) {
        return InTurn.each(batch, p -> storeBatch(List.of(p), context));
    }

    /**
     * The attempt, again after a transient failure, with back-off doubling from {@code delayMillis} to 5 s, until
     * {@code deadline}; each attempt on {@code context}. A permanent failure is not retried.
     */
    private <T> Uni<T> retryTransient(Supplier<Uni<T>> attempt, Context context, long deadline, long delayMillis) {
        return Uni.createFrom().<T>deferred(attempt::get).onFailure(e -> Failures.isTransient(e)
                && System.nanoTime() + delayMillis * 1_000_000 < deadline).recoverWithUni(e -> {
                    Log.debugf("transient failure, again in %d ms: %s", delayMillis, e);
                    metrics.counter("tarikh_ingest_retries").increment();
                    return Uni.createFrom().<Void>emitter(done -> context.owner().setTimer(delayMillis,
                            id -> context.runOnContext(v -> done.complete(null))))
                            .chain(() -> retryTransient(attempt, context, deadline, Math.min(delayMillis * 2, 5_000)));
                });
    }

    private Uni<List<IngestResult>> inOneTransaction(List<Pending> batch) {
        List<EnrichedMessage> segments = new ArrayList<>();
        batch.forEach(p -> segments.addAll(p.article().segments()));
        // one transaction, committed before this completes
        return store.ingestBatch(segments);
    }

    private Uni<Void> deadLetter(Message<byte[]> message, Throwable reason) {
        return deadLetters.send(message, Topology.ENRICHED_QUEUE, reason)
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }

    /**
     * Acknowledges (or returns) each message of the batch on the channel that delivered it; a message whose channel is
     * gone is left alone: the broker returned it to the queue when that channel closed.
     */
    private Uni<Void> settle(List<Pending> batch, java.util.function.Function<Message<byte[]>,
            java.util.concurrent.CompletionStage<Void>> how) {
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (Pending p : batch) {
            if (stale(p)) {
                metrics.counter("tarikh_ingest_stale_deliveries").increment();
            } else {
                all.add(how.apply(p.message()).toCompletableFuture());
            }
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)))
                .onFailure().recoverWithItem(e -> {
                    Log.warnf("could not settle %d messages with the broker (%s): it delivers them again", batch.size(),
                            e.toString());
                    return null;
                });
    }

    /** Whether the message came on a channel that has been replaced since (the connection to the broker was lost). */
    private boolean stale(Pending p) {
        return p.channel().gone(consumerTag);
    }
}
