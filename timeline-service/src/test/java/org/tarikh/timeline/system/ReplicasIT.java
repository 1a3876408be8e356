package org.tarikh.timeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Two entity-services and two timeline-services, packaged jars as separate processes on the real RabbitMQ and
 * PostgreSQL, ingest distinct articles, each posted twice at once (the same article's messages reach both replicas
 * together), and one timeline-service is killed with SIGKILL while it stores and replaced: no article loses or
 * doubles a segment or a source, nothing is dead-lettered, and every replica did part of the work.
 */
class ReplicasIT {

    private static final String[] CITIES = { "Mosul", "Basra", "Kirkuk", "Erbil", "Najaf", "Tikrit", "Ramadi",
            "Fallujah", "Aleppo", "Homs", "Idlib", "Raqqa", "Beirut", "Tyre", "Gaza", "Rafah", "Jenin", "Sanaa",
            "Aden", "Marib", "Tripoli", "Benghazi", "Khartoum", "Amman" };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    record Posted(String id, int segments) {
    }

    static String article(String run, int i) {
        String city = CITIES[i % CITIES.length];
        String other = CITIES[(i + 7) % CITIES.length];
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(9L * i);
        return "Bombing in " + city + " (" + run + " " + i + ")\n\n"
                + city.toUpperCase(Locale.ROOT) + " (Test Wire) — A car bomb killed " + (3 + i % 9) + " people in "
                + city + " on " + DAY.format(day) + ", police said.\n\n"
                + "Interior Minister Karim Haddad condemned the attack on " + DAY.format(day.plusDays(1)) + ".\n\n"
                + "Officials met in " + other + " on " + DAY.format(day.plusDays(2)) + " to discuss security, Haddad "
                + "said.\n\n"
                + "The toll rose to " + (5 + i % 9) + " on " + DAY.format(day.plusDays(3)) + ", a hospital said.";
    }

    static Posted post(int parser, String text, LocalDate published) {
        Response r = given().port(parser).contentType("text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).queryParam("publishedAt", published.toString())
                .queryParam("source", "Test Wire").post("/api/articles");
        assertEquals(202, r.statusCode(), r.asString());
        return new Posted(r.path("articleId"), r.path("segments"));
    }

    @Test
    void twoReplicasOfEachLoseAndDoubleNothingAndAKilledOneIsReplaced() throws Exception {
        PackagedStack stack = PackagedStack.get();
        PackagedStack.Replica entity2 = PackagedStack.replica("entity-service");
        PackagedStack.Replica timeline2 = PackagedStack.replica("timeline-service");
        String run = UUID.randomUUID().toString().substring(0, 8);
        int articles = 24;
        List<Posted> posted = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (int half = 0; half < 2; half++) {
                List<Future<Posted>> futures = new ArrayList<>();
                for (int i = half * articles / 2; i < (half + 1) * articles / 2; i++) {
                    String text = article(run, i);
                    LocalDate published = LocalDate.of(2021, 1, 1).plusDays(9L * i + 4);
                    // twice at once: the same article's messages go to both replicas together
                    futures.add(clients.submit(() -> post(stack.parser, text, published)));
                    futures.add(clients.submit(() -> post(stack.parser, text, published)));
                }
                for (Future<Posted> f : futures) {
                    posted.add(f.get());
                }
                if (half == 0) {
                    // SIGKILL while it stores: what it had not acknowledged is redelivered to the other replicas
                    timeline2.process().destroyForcibly().waitFor();
                    timeline2 = PackagedStack.replica("timeline-service");
                }
            }
        } finally {
            clients.shutdown();
        }
        Map<String, Integer> expected = new java.util.TreeMap<>();
        posted.forEach(p -> expected.put(p.id(), p.segments()));
        assertEquals(articles, expected.size(), "each article has one id, however often it is posted");

        for (var a : expected.entrySet()) {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Response r = given().port(stack.timeline).get("/api/articles/" + a.getKey());
                return r.statusCode() == 200 && Boolean.TRUE.equals(r.jsonPath().getBoolean("complete"));
            });
            JsonPath article = given().port(stack.timeline).get("/api/articles/" + a.getKey()).then().statusCode(200)
                    .extract().jsonPath();
            List<String> segments = article.getList("segments.id", String.class);
            assertEquals(a.getValue().intValue(), segments.size(), a.getKey() + ": every segment, once");
            assertEquals(segments.size(), new HashSet<>(segments).size(), a.getKey() + ": no segment twice");
            JsonPath timeline = given().port(timeline2.port()).get("/api/articles/" + a.getKey() + "/timeline?limit=500")
                    .then().statusCode(200).extract().jsonPath();
            List<List<Map<String, Object>>> sources = timeline.getList("events.sources");
            assertTrue(!sources.isEmpty(), a.getKey() + ": its events are on the chronology");
            for (List<Map<String, Object>> of : sources) {
                Set<String> seen = new HashSet<>();
                for (Map<String, Object> s : of) {
                    if (a.getKey().equals(s.get("articleId"))) {
                        assertTrue(seen.add(s.get("segmentId") + "|" + s.get("text")),
                                a.getKey() + ": a source doubled in " + of);
                    }
                }
            }
        }
        assertTrue(deadLetters(run).isEmpty(), "dead-lettered: " + deadLetters(run));
        // every replica did part of the work
        assertTrue(counter(stack.entity, "tarikh_segments_enriched_total") > 0, "entity-service 1 idle");
        assertTrue(counter(entity2.port(), "tarikh_segments_enriched_total") > 0, "entity-service 2 idle");
        assertTrue(counter(stack.timeline, "tarikh_segments_stored_total") > 0, "timeline-service 1 idle");
        assertTrue(counter(timeline2.port(), "tarikh_segments_stored_total") > 0, "timeline-service 3 idle");
        entity2.process().destroy();
        timeline2.process().destroy();
    }

    /** The sum of a Prometheus counter's series on a service. */
    static double counter(int port, String name) {
        double sum = 0;
        for (String line : given().port(port).get("/q/metrics").asString().split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** The bodies of dead letters of this run in either dead-letter queue, left where they are. */
    static List<String> deadLetters(String marker) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(PackagedStack.env("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(PackagedStack.env("TARIKH_RABBITMQ_PORT", "5672")));
        factory.setUsername(PackagedStack.env("TARIKH_RABBITMQ_USER", "guest"));
        factory.setPassword(PackagedStack.env("TARIKH_RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(PackagedStack.env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        List<String> out = new ArrayList<>();
        try (Connection connection = factory.newConnection("replicas-test")) {
            for (String queue : List.of("entity.segments.dlq", "timeline.enriched.dlq")) {
                // unacknowledged gets, returned to the queue when the channel closes
                try (var channel = connection.createChannel()) {
                    GetResponse r;
                    int seen = 0;
                    while (seen++ < 5_000 && (r = channel.basicGet(queue, false)) != null) {
                        String body = new String(r.getBody(), StandardCharsets.UTF_8);
                        if (body.contains(marker)) {
                            out.add(queue + ": " + body.substring(0, Math.min(200, body.length())));
                        }
                    }
                }
            }
        }
        return out;
    }
}
