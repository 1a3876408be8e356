package org.tarikh.timeline.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.BrokerSettings;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedTap;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import jakarta.inject.Inject;

/** New and merged events reach a listener on the server-sent-events stream, filtered like the timeline. */
@QuarkusTest
class TimelineStreamTest {

    @Inject
    BrokerSettings broker;

    @TestHTTPResource("/api/timeline/stream")
    URL stream;

    @Test
    void createdThenUpdatedEventsAreStreamedToTheirListener() throws Exception {
        String suffix = Enriched.newArticleId();
        String place = "location:stream-town-" + suffix;
        String first = Enriched.newArticleId();
        String second = Enriched.newArticleId();
        String elsewhere = Enriched.newArticleId();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?place=" + place))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        // read on a thread of its own: the body never ends while the stream is open
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        CompletableFuture<Void> reading = response.thenAcceptAsync(r -> r.body().forEach(lines::add), reader);
        try (EnrichedTap tap = new EnrichedTap(broker.connectionFactory())) {
            // the subscription is live once the response headers arrived
            response.get(10, TimeUnit.SECONDS);
            String text = "Shelling hit Streamtown on March 2, 2021.";
            tap.publish("en.paragraph", Enriched.segment(first, 0, 1, "en", text, "2021-03-03")
                    .mention("LOCATION", "Streamtown", place, "Streamtown", 10.0, 20.0)
                    .event("ATTACK", "Shelling", "2021-03-02", "DAY", place, new JsonArray(), 2, false, null, false,
                            "Shelling hit Streamtown").encode());
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(l -> l.contains(first)));
            tap.publish("en.paragraph", Enriched.segment(second, 0, 1, "en", text, "2021-03-04")
                    .mention("LOCATION", "Streamtown", place, "Streamtown", 10.0, 20.0)
                    .event("ATTACK", "Shelling", "2021-03-02", "DAY", place, new JsonArray(), 3, false, null, false,
                            "Shelling hit Streamtown").encode());
            // the merged event names its first report among its representatives, and counts the second
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream()
                    .anyMatch(l -> l.contains("\"sourceCount\":2") && l.contains(place)));
            // an event elsewhere is not this listener's
            tap.publish("en.paragraph", Enriched.segment(elsewhere, 0, 1, "en", "Shelling hit Othertown on March 2, 2021.",
                    "2021-03-03").mention("LOCATION", "Othertown", "location:other-" + suffix, "Othertown", 1.0, 2.0)
                    .event("ATTACK", "Shelling", "2021-03-02", "DAY", "location:other-" + suffix, new JsonArray(), 1,
                            false, null, false, "elsewhere").encode());
            String marker = Enriched.newArticleId();
            tap.publish("en.paragraph", Enriched.segment(marker, 0, 1, "en", "Shelling hit Streamtown on June 1, 2022.",
                    "2022-06-02").mention("LOCATION", "Streamtown", place, "Streamtown", 10.0, 20.0)
                    .event("ATTACK", "Shelling", "2022-06-01", "DAY", place, new JsonArray(), null, false, null, false,
                            "later").encode());
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(l -> l.contains(marker)));
        } finally {
            response.thenAccept(r -> r.body().close());
            reading.cancel(true);
            reader.shutdownNow();
        }
        int created = lines.indexOf("event:created");
        int updated = lines.indexOf("event:updated");
        assertTrue(created >= 0 && updated > created, "created, then updated: " + lines);
        String merged = lines.stream().filter(l -> l.startsWith("data:") && l.contains("\"sourceCount\":2"))
                .findFirst().orElseThrow();
        assertTrue(merged.contains(first) && merged.contains("\"killed\":3") && merged.contains("figuresDiffer")
                && merged.contains("\"outletCount\":1") && merged.contains("\"articleCount\":2"), merged);
        assertTrue(lines.stream().noneMatch(l -> l.contains(elsewhere)), "filtered by place: " + lines);
    }
}
