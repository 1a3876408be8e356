package org.tarikh.timeline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Which chronology events changed, as PostgreSQL tells every replica: the store sends a NOTIFY inside the ingest
 * transaction, so it is delivered only after the commit, and to every timeline-service listening, whichever stored
 * the segment. Feeds the event stream, and moves the {@link #generation()} that cached pages are valid for.
 */
@ApplicationScoped
public class ChronologyChanges {

    static final String CHANNEL = "tarikh_chronology";

    /** Events created, or joined by a new source. */
    public record Change(List<Long> created, List<Long> updated) {

        static Change parse(String payload) {
            JsonObject o = new JsonObject(payload);
            return new Change(ids(o.getJsonArray("created")), ids(o.getJsonArray("updated")));
        }

        String payload() {
            return new JsonObject().put("created", new JsonArray(created)).put("updated", new JsonArray(updated))
                    .encode();
        }

        private static List<Long> ids(JsonArray a) {
            List<Long> out = new ArrayList<>();
            if (a != null) {
                for (int i = 0; i < a.size(); i++) {
                    out.add(a.getLong(i));
                }
            }
            return out;
        }
    }

    private final BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private final AtomicLong generation = new AtomicLong();
    private final PgSubscriber subscriber;

    ChronologyChanges(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^postgresql:(?!//)", "postgresql://"))
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> 1_000L); // keep listening through database restarts
    }

    void listen(@Observes StartupEvent start) {
        subscriber.channel(CHANNEL).handler(payload -> {
            generation.incrementAndGet();
            try {
                changes.onNext(Change.parse(payload));
            } catch (RuntimeException e) {
                Log.warnf("Ignoring a chronology notification that could not be read or delivered: %s", e.getMessage());
            }
        });
        subscriber.connect().subscribe().with(
                ok -> Log.debug("Listening for chronology changes"),
                e -> Log.warnf("Not listening for chronology changes (will retry): %s", e.getMessage()));
    }

    void stop(@Observes ShutdownEvent stop) {
        subscriber.closeAndForget();
    }

    /**
     * Called after this replica committed an ingest: its own cached pages are stale at once. Any newly stored
     * segment counts, not only one that touched events: a new alias changes which events a name finds.
     */
    public void committed(IngestResult result) {
        if (result.stored()) {
            generation.incrementAndGet();
        }
    }

    /** Moves whenever the chronology changed; a page cached at another generation is stale. */
    public long generation() {
        return generation.get();
    }

    /**
     * Each listener gets its own buffer; one that falls more than a thousand changes behind is failed (its stream
     * closes and a browser's EventSource reconnects) rather than slowing the others.
     */
    public Multi<Change> stream() {
        return changes.onOverflow().buffer(1024);
    }

    /** The NOTIFY payload for an ingest, or null when it changed no event. */
    static String payload(List<Long> created, List<Long> updated) {
        return created.isEmpty() && updated.isEmpty() ? null : new Change(created, updated).payload();
    }
}
