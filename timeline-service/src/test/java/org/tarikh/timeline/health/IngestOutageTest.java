package org.tarikh.timeline.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedTap;

import com.rabbitmq.client.ConnectionFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import jakarta.inject.Inject;

/**
 * The at-least-once guarantees hold with batched ingest when the broker or the database goes away in the middle of a
 * batch (issue 16): every segment is stored exactly once, no event is doubled, nothing is dead-lettered, nothing is
 * lost, and the consumer resumes by itself once the server is back. The service reaches both through proxies this
 * test cuts and restores; the shared servers keep running, and the test publishes, reads the dead-letter queue and
 * counts rows over connections of its own, straight to them.
 */
@QuarkusTest
@TestProfile(ThroughProxies.class)
class IngestOutageTest {

    /** Articles of this many segments, one event each: a batch of 400 segments holds 100 of them. */
    static final int SEGMENTS = 4;
    static final String[] TYPES = {"ATTACK", "MEETING", "STATEMENT", "WITHDRAWAL"};
    static final String[] TRIGGERS = {"Shelling", "Talks", "said", "withdrew"};
    static final AtomicInteger DAY = new AtomicInteger();

    @Inject
    MeterRegistry metrics;

    EnrichedTap tap;
    Connection db;

    @BeforeEach
    void open() throws Exception {
        ConnectionFactory direct = new ConnectionFactory();
        direct.setHost(ThroughProxies.env("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        direct.setPort(Integer.parseInt(ThroughProxies.env("TARIKH_RABBITMQ_PORT", "5672")));
        direct.setUsername(ThroughProxies.env("TARIKH_RABBITMQ_USER", "guest"));
        direct.setPassword(ThroughProxies.env("TARIKH_RABBITMQ_PASSWORD", "guest"));
        direct.setVirtualHost(ThroughProxies.env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        tap = new EnrichedTap(direct);
        tap.drainDeadLetters(); // other tests' dead letters are theirs
        db = DriverManager.getConnection("jdbc:postgresql://" + ThroughProxies.env("TARIKH_DB_HOST", "127.0.0.1") + ":"
                + ThroughProxies.env("TARIKH_DB_PORT", "5432") + "/" + ThroughProxies.env("TARIKH_TEST_DB_NAME",
                        "tarikh_test"), ThroughProxies.env("TARIKH_DB_USER", "tarikh"),
                ThroughProxies.env("TARIKH_DB_PASSWORD", "tarikh"));
        ready();
    }

    @AfterEach
    void close() throws Exception {
        ThroughProxies.BROKER.open();
        ThroughProxies.DATABASE.open();
        tap.close();
        db.close();
    }

    @Test
    void theBrokerLostInTheMiddleOfABatch() throws Exception {
        List<String> ids = publish(240);
        awaitStoredBetween(ids);
        ThroughProxies.BROKER.close();
        List<String> meanwhile;
        try {
            // the broker keeps what is published while the service cannot reach it
            meanwhile = publish(40);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            ThroughProxies.BROKER.open();
        }
        ids.addAll(meanwhile);
        ids.addAll(publish(20)); // after: the consumer is back without anyone restarting it
        storedExactlyOnce(ids);
        ready();
    }

    @Test
    void theDatabaseLostInTheMiddleOfABatch() throws Exception {
        double retries = metrics.counter("tarikh_ingest_retries").count();
        List<String> ids = publish(240);
        awaitStoredBetween(ids);
        ThroughProxies.DATABASE.close();
        try {
            ids.addAll(publish(40));
            // the batch under way failed with its connection and is being retried, not dead-lettered
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> metrics.counter("tarikh_ingest_retries").count() > retries);
        } finally {
            ThroughProxies.DATABASE.open();
        }
        ids.addAll(publish(20));
        storedExactlyOnce(ids);
        ready();
    }

    /**
     * Connected to both servers and storing nothing (here a lock on the segment table that another session holds and
     * does not release): readiness says DOWN, by the ingest check, once a batch has been under way for longer than
     * {@code tarikh.timeline.stuck-after} (3 s in this profile), and UP again once the batch can finish.
     */
    @Test
    void aBatchThatMakesNoProgressMakesTheServiceUnready() throws Exception {
        List<String> ids;
        try (Connection locker = DriverManager.getConnection(db.getMetaData().getURL(),
                ThroughProxies.env("TARIKH_DB_USER", "tarikh"), ThroughProxies.env("TARIKH_DB_PASSWORD", "tarikh"))) {
            locker.setAutoCommit(false);
            try (var lock = locker.createStatement()) {
                lock.execute("lock table segment in access exclusive mode");
            }
            ids = publish(2);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'ingest' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name.contains('PostgreSQL') }.status", equalTo("UP")));
            locker.rollback();
        }
        storedExactlyOnce(ids);
        ready();
        given().get("/q/health/ready").then().body("checks.find { it.name == 'ingest' }.status", equalTo("UP"));
    }

    /** Articles of {@link #SEGMENTS} one-sentence segments, each reporting one event on a day of its own. */
    private List<String> publish(int articles) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String id = Enriched.newArticleId();
            LocalDate day = LocalDate.of(1990, 1, 1).plusDays(DAY.incrementAndGet());
            Enriched[] segments = new Enriched[SEGMENTS];
            for (int s = 0; s < SEGMENTS; s++) {
                String text = TRIGGERS[s] + " in Outage Town " + id + " on " + day + ".";
                segments[s] = Enriched.segment(id, s, SEGMENTS, "en", text, day.plusDays(1).toString())
                        .event(TYPES[s], TRIGGERS[s], day.toString(), "DAY", null, new JsonArray(), null, false, null,
                                false, null);
            }
            tap.publish("en.article", Enriched.article(id, "en", segments));
            ids.add(id);
        }
        return ids;
    }

    /** Until some of these articles are stored and some not: the server is cut while batches are under way. */
    private void awaitStoredBetween(List<String> ids) throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> count("select count(*) from segment where article_id = any(?)", ids) >= 2 * SEGMENTS);
        long stored = count("select count(*) from segment where article_id = any(?)", ids);
        assertTrue(stored < (long) ids.size() * SEGMENTS, "cut after everything was stored: " + stored);
    }

    private void storedExactlyOnce(List<String> ids) throws Exception {
        long expected = (long) ids.size() * SEGMENTS;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertEquals(
                expected, count("select count(*) from segment where article_id = any(?)", ids), "segments stored"));
        assertEquals(expected, count("select count(*) from event_source where article_id = any(?)", ids),
                "one report per segment");
        assertEquals(expected, count("""
                select count(*) from event e
                 where exists (select 1 from event_source s where s.event_id = e.id and s.article_id = any(?))
                   and e.source_count = 1""", ids), "one event per report, none doubled");
        assertEquals(ids.size(), count("select count(*) from article where id = any(?) and segment_total = "
                + SEGMENTS, ids), "every article whole");
        given().get("/api/articles/" + ids.get(ids.size() - 1)).then().statusCode(200).body("complete", equalTo(true));
        List<Map.Entry<String, Map<String, Object>>> dead = tap.drainDeadLetters();
        assertTrue(dead.stream().noneMatch(d -> ids.stream().anyMatch(d.getKey()::contains)),
                "dead-lettered: " + dead.stream().map(d -> d.getValue().get("x-tarikh-reason")).toList());
    }

    private long count(String sql, List<String> ids) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void ready() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}
