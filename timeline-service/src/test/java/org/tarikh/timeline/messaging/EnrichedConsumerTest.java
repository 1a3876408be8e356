package org.tarikh.timeline.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/** Enriched segments through the real RabbitMQ into the real PostgreSQL, and back out over REST. */
@QuarkusTest
@QuarkusTestResource(FreshQueue.class)
class EnrichedConsumerTest {

    @Inject
    BrokerSettings broker;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    EnrichedTap tap;

    @BeforeEach
    void open() throws Exception {
        tap = new EnrichedTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    static JsonObject enriched(String articleId, int seq, int total, String text) {
        int at = text.indexOf("January 13, 2020");
        var segment = new JsonObject().put("schema", "tarikh.segment/v1").put("articleId", articleId)
                .put("segmentId", articleId + "-" + seq).put("seq", seq).put("total", total).put("kind", "CAPTION")
                .put("lang", "en").put("text", text).put("start", 100 * seq).put("end", 100 * seq + text.length())
                .put("article", new JsonObject().put("publishedAt", "2024-01-30").put("dateMissing", false)
                        .put("source", "Test Wire").put("lang", "en"));
        int base = text.indexOf("Ain al-Asad");
        var mention = new JsonObject().put("type", "FACILITY").put("text", "Ain al-Asad air base").put("start", base)
                .put("end", base + "Ain al-Asad air base".length()).put("key", "facility:ain-al-asad")
                .put("name", "Ain al-Asad Air Base").put("lat", 33.8).put("lon", 42.44);
        var timex = new JsonObject().put("text", "January 13, 2020").put("start", at).put("end", at + 16)
                .put("value", "2020-01-13").put("type", "DATE").put("precision", "DAY").put("anchor", "ABSOLUTE");
        var event = new JsonObject().put("type", "ATTACK").put("trigger", "hit").put("date", "2020-01-13")
                .put("precision", "DAY").put("dateBasis", "CAPTION").put("place", "facility:ain-al-asad")
                .put("actors", new JsonArray()).put("targets", new JsonArray()).put("killedAtLeast", false)
                .put("injuredAtLeast", false).put("sentenceStart", 0).put("sentenceEnd", text.length())
                .put("sentence", text).put("confidence", 0.8).put("summary", "Missile hit at Ain al-Asad air base");
        return new JsonObject().put("schema", "tarikh.enriched/v1").put("segment", segment)
                .put("mentions", new JsonArray().add(mention)).put("timexes", new JsonArray().add(timex))
                .put("events", new JsonArray().add(event)).put("enricher", "test");
    }

    @Test
    void enrichedSegmentsAreStoredOnceAndServed() throws Exception {
        String id = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
        String text = "An Iranian missile hit Ain al-Asad air base in Anbar province, Iraq January 13, 2020.";
        String message = enriched(id, 0, 1, text).encode();
        tap.publish("en.caption", message);
        tap.publish("en.caption", message); // a redelivery changes nothing

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/api/articles/" + id)
                .then().statusCode(200).body("complete", equalTo(true)));
        given().get("/api/articles/" + id).then()
                .body("segments", hasSize(1))
                .body("segments[0].mentions[0].key", equalTo("facility:ain-al-asad"))
                .body("segments[0].timexes[0].value", equalTo("2020-01-13"));
        // wait for the second delivery to be processed too, then check it added nothing
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/api/articles/" + id + "/timeline").then().statusCode(200)
                        .body("events", hasSize(1))
                        .body("events[0].date", equalTo("2020-01-13"))
                        .body("events[0].sources", hasSize(1))
                        .body("events[0].place.key", equalTo("facility:ain-al-asad")));
        given().queryParam("entity", "AIN AL-ASAD air base").queryParam("article", id).get("/api/timeline")
                .then().statusCode(200).body("events", hasSize(1));
    }

    @Test
    void anEnrichedArticleIsStoredWholeAndOnce() throws Exception {
        String id = Enriched.newArticleId();
        String article = Enriched.article(id, "en",
                Enriched.segment(id, 0, 2, "en", "Talks opened in Doha on May 3, 2021.", "2021-05-04")
                        .mention("LOCATION", "Doha", "location:doha", "Doha", 25.28, 51.52)
                        .event("MEETING", "Talks", "2021-05-03", "DAY", "location:doha", new JsonArray(), null, false,
                                null, false, "Talks opened in Doha"),
                Enriched.segment(id, 1, 2, "en", "A bomb killed two in Mosul on May 2, 2021.", "2021-05-04")
                        .event("KILLING", "killed", "2021-05-02", "DAY", null, new JsonArray(), 2, false, null, false,
                                "A bomb killed two"));
        tap.publish("en.article", article);
        tap.publish("en.article", article); // a redelivery changes nothing
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/api/articles/" + id)
                .then().statusCode(200).body("complete", equalTo(true)).body("segments", hasSize(2)));
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/api/articles/" + id + "/timeline").then().statusCode(200)
                        .body("events.date", contains("2021-05-02", "2021-05-03"))
                        .body("events[0].sources", hasSize(1)));
    }

    @Test
    void aBatchWithOneMessageTheDatabaseRefusesDeadLettersThatOneAloneAtOnce() throws Exception {
        List<String> good = new ArrayList<>();
        String bad = Enriched.newArticleId();
        double retriesBefore = metrics.counter("tarikh_ingest_retries").count();
        for (int i = 0; i < 40; i++) {
            String id = Enriched.newArticleId();
            if (i == 20) {
                // valid by the contract, refused by PostgreSQL (no NUL in text): permanent, no retry can store it
                tap.publish("en.paragraph", Enriched.segment(bad, 0, 1, "en", "Talks\0 resumed.", "2021-05-04")
                        .encode());
            }
            good.add(id);
            tap.publish("en.paragraph", Enriched.segment(id, 0, 1, "en", "Talks resumed on May 3, 2021 (" + i + ").",
                    "2021-05-04").event("MEETING", "Talks", "2021-05-03", "DAY", null, new JsonArray(), null, false,
                            null, false, "Talks resumed").encode());
        }
        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.addAll(tap.drainDeadLetters());
            return dead.stream().anyMatch(d -> d.getKey().contains(bad));
        });
        for (String id : good) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/api/articles/" + id)
                    .then().statusCode(200).body("complete", equalTo(true)));
        }
        // no back-off in front of the queue: the permanent error was never retried
        assertEquals(retriesBefore, metrics.counter("tarikh_ingest_retries").count());
        var letter = dead.stream().filter(d -> d.getKey().contains(bad)).findFirst().orElseThrow();
        assertTrue(letter.getValue().get("x-tarikh-reason").toString().length() > 0);
        assertTrue(dead.stream().noneMatch(d -> good.stream().anyMatch(d.getKey()::contains)),
                "only the message at fault is dead-lettered");
        given().get("/api/articles/" + bad).then().statusCode(404);
        // the messages came in batches: at least one transaction stored more than one
        assertTrue(metrics.summary("tarikh_ingest_batch_messages").max() > 1,
                "largest batch " + metrics.summary("tarikh_ingest_batch_messages").max());
    }

    @Test
    void poisonMessageIsDeadLetteredWithItsReason() throws Exception {
        String marker = UUID.randomUUID().toString();
        tap.publish("en.paragraph", "{\"schema\":\"tarikh.enriched/v1\",\"marker\":\"" + marker + "\"}");
        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dead.addAll(tap.drainDeadLetters());
            return dead.stream().anyMatch(d -> d.getKey().contains(marker));
        });
        var reason = dead.stream().filter(d -> d.getKey().contains(marker)).findFirst().orElseThrow()
                .getValue().get("x-tarikh-reason").toString();
        assertTrue(reason.contains("segment is missing"), reason);
    }

    @Test
    void namesANewerProducerAddsInAnyShapeFindTheEntity() throws Exception {
        String id = Enriched.newArticleId();
        String key = "facility:alias-test-" + id;
        var message = new JsonObject(Enriched.segment(id, 0, 1, "en", "A drone hit Camp Taji.", "2021-05-01")
                .mention("FACILITY", "Camp Taji", key, "Camp Taji", 33.52, 44.26).encode());
        message.getJsonArray("mentions").getJsonObject(0)
                .put("aliases", new JsonArray().add(new JsonObject().put("name", "معسكر التاجي").put("lang", "ar"))
                        .add("Taji base"))
                .put("names", new JsonObject().put("ar", "قاعدة التاجي"));
        tap.publish("en.paragraph", message.encode());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/api/entities/" + key)
                .then().statusCode(200).body("nameAr", equalTo("معسكر التاجي"))
                .body("aliases.name", hasItems("Camp Taji", "معسكر التاجي", "Taji base", "قاعدة التاجي")));
        given().queryParam("q", "معسكر التاجى").get("/api/entities").then().body("entities.key", hasItem(key));
    }

    @Test
    void implausibleFiguresAreDeadLetteredWithTheReason() throws Exception {
        String id = Enriched.newArticleId();
        var message = Enriched.segment(id, 0, 1, "en", "Three were killed.", "2021-05-01")
                .event("KILLING", "killed", "2021-05-01", "DAY", null, new JsonArray(), -3, false, null, false, null);
        tap.publish("en.paragraph", message.encode());
        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dead.addAll(tap.drainDeadLetters());
            return dead.stream().anyMatch(d -> d.getKey().contains(id));
        });
        var reason = dead.stream().filter(d -> d.getKey().contains(id)).findFirst().orElseThrow()
                .getValue().get("x-tarikh-reason").toString();
        assertTrue(reason.contains("negative casualty figure"), reason);
        given().get("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void everyDateFormTheTaggerWritesIsPlacedOnTheChronology() throws Exception {
        String id = Enriched.newArticleId();
        // no place and no participants: five reports of five happenings, none merges with another
        var message = Enriched.segment(id, 0, 1, "en", "Clashes now; talks last week; a siege last summer; "
                + "a raid on May 20; a strike in the 1990s.", "2021-06-10")
                .event("ATTACK", "Clashes", "PRESENT_REF", "NONE", null, new JsonArray(), null, false, null, false, null)
                .event("MEETING", "talks", "2021-06-05", "WEEK", null, new JsonArray(), null, false, null, false, null)
                .event("ATTACK", "siege", "2020-SU", "QUARTER", null, new JsonArray(), null, false, null, false, null)
                .event("ATTACK", "raid", "XXXX-05-20", "DAY", null, new JsonArray(), null, false, null, false, null)
                .event("ATTACK", "strike", "199", "DECADE", null, new JsonArray(), null, false, null, false, null);
        tap.publish("en.paragraph", message.encode());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/api/articles/" + id + "/timeline")
                .then().statusCode(200).body("events", hasSize(5)));
        given().get("/api/articles/" + id + "/timeline").then()
                .body("events.date", contains("199", "2020-SU", "2021-05-20", "2021-06-05", "2021-06-10"))
                .body("events.precision", contains("DECADE", "QUARTER", "DAY", "WEEK", "NONE"))
                // the first and last day a date may mean, when they are not the date itself
                .body("events.earliest", contains("1990-01-01", "2020-06-01", null, null, null))
                .body("events.latest", contains("1999-12-31", "2020-08-31", null, "2021-06-11", null))
                // PRESENT_REF: the text gives no date, the publication day places it, and the event says so
                .body("events[4].dateBasis", equalTo("PUBLICATION"))
                .body("events[4].sources[0].date", equalTo("PRESENT_REF"))
                .body("events[2].sources[0].date", equalTo("XXXX-05-20"));
        // an Arab week overlaps a from= inside it; a decade is in a from/to of one of its years
        given().queryParam("article", id).queryParam("from", "2021-06-08").queryParam("to", "2021-06-09")
                .get("/api/timeline").then().body("events.date", contains("2021-06-05"));
        given().queryParam("article", id).queryParam("from", "1995").queryParam("to", "1995")
                .get("/api/timeline").then().body("events.date", contains("199"));
    }

    @Test
    void anEventNoCalendarPlacesIsDeadLetteredWithTheReason() throws Exception {
        String id = Enriched.newArticleId();
        var message = new JsonObject(Enriched.segment(id, 0, 1, "ar", "قصف صاروخي في السابع من أكتوبر.", null)
                .event("ATTACK", "قصف", "XXXX-10-07", "DAY", null, new JsonArray(), null, false, null, false, null)
                .encode());
        message.getJsonObject("segment").getJsonObject("article").put("dateMissing", true);
        tap.publish("ar.paragraph", message.encode());
        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dead.addAll(tap.drainDeadLetters());
            return dead.stream().anyMatch(d -> d.getKey().contains(id));
        });
        var reason = dead.stream().filter(d -> d.getKey().contains(id)).findFirst().orElseThrow()
                .getValue().get("x-tarikh-reason").toString();
        assertTrue(reason.contains("XXXX-10-07") && reason.contains("no publication date"), reason);
        given().get("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void unknownArticleAndBadFiltersAreProblems() {
        given().get("/api/articles/nope").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Unknown article"));
        given().queryParam("from", "yesterday").get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 0).get("/api/timeline").then().statusCode(400);
        given().queryParam("cursor", "###").get("/api/timeline").then().statusCode(400);
    }
}
