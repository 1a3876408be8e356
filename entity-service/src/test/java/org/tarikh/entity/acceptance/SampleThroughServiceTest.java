package org.tarikh.entity.acceptance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tarikh.entity.messaging.ArticleSegments;
import org.tarikh.entity.messaging.BrokerSettings;
import org.tarikh.entity.messaging.BrokerTap;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * The acceptance bar of issue 4 on the sample, through the running service: its segments (split as parser-service
 * splits them, captions marked) with publishedAt 2024-01-30, once through {@code POST /api/enrich} and once as
 * one {@code tarikh.article/v1} message through the real RabbitMQ. Both must give every gold timex, the seven dated gold
 * events (the 2024-01-28 attack: 3 killed, at least 40 injured) and entity recall ≥ 0.95, precision ≥ 0.90 (the
 * issue's bar).
 */
@QuarkusTest
class SampleThroughServiceTest {

    static final String PUBLISHED = "2024-01-30";

    @Inject
    BrokerSettings broker;

    @Test
    void thePostEnrichPathMeetsTheBar() throws Exception {
        SampleGold sample = SampleGold.load();
        Map<Integer, JsonObject> byLine = new HashMap<>();
        for (SampleGold.Segment s : sample.segments()) {
            String body = given().contentType("application/json")
                    .body(new JsonObject().put("text", s.text()).put("publishedAt", PUBLISHED)
                            .put("caption", s.caption()).encode())
                    .when().post("/api/enrich").then().statusCode(200).extract().asString();
            byLine.put(s.line(), new JsonObject(body));
        }
        meetsTheBar("POST /api/enrich", sample, score(byLine));
    }

    @Test
    void theMessagePathMeetsTheBar() throws Exception {
        SampleGold sample = SampleGold.load();
        List<SampleGold.Segment> segments = sample.segments();
        ArticleSegments article = ArticleSegments.of("accept", PUBLISHED, sample.article, segments.stream()
                .map(s -> new ArticleSegments.Part(s.text(), s.kind())).toList());
        Map<Integer, JsonObject> byLine = new HashMap<>();
        try (BrokerTap tap = new BrokerTap(broker.connectionFactory())) {
            tap.publishArticle(article);
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> tap.enrichedOfArticle(article.articleId).size() == segments.size());
            var enriched = tap.enrichedOfArticle(article.articleId);
            for (int seq = 0; seq < segments.size(); seq++) {
                JsonObject message = enriched.get(article.segmentId(seq));
                assertEquals(segments.get(seq).text(), message.getJsonObject("segment").getString("text"));
                byLine.put(segments.get(seq).line(), message);
            }
        }
        meetsTheBar("tarikh.article/v1 → tarikh.enriched-article/v1", sample, score(byLine));
    }

    private static void meetsTheBar(String path, SampleGold sample, GoldScore score) {
        assertEquals(List.of(), score.missingTimexes(sample.gold), path + ": gold timexes");
        assertEquals(7, sample.gold.get("events").size());
        assertEquals(List.of(), score.missingEvents(sample.gold), path + ": the seven dated gold events");
        GoldScore.EntityScore s = score.entities(sample.gold);
        System.out.printf("%s: sample entities recall %.3f precision %.3f%n missed %s%n wrong %s%n", path, s.recall(),
                s.precision(), s.missed(), s.wrong());
        assertTrue(s.recall() >= 0.95, path + ": recall " + s.recall() + ", missed " + s.missed());
        assertTrue(s.precision() >= 0.90, path + ": precision " + s.precision() + ", wrong " + s.wrong());
    }

    /** The same scoring as {@link SampleAcceptanceTest}, from the JSON the service answered. */
    static GoldScore score(Map<Integer, JsonObject> byLine) {
        Map<Integer, List<String[]>> mentions = new HashMap<>();
        Map<Integer, List<String[]>> timexes = new HashMap<>();
        Map<Integer, List<String[]>> events = new HashMap<>();
        byLine.forEach((line, e) -> {
            mentions.put(line, rows(e.getJsonArray("mentions"), "type", "text", "key"));
            timexes.put(line, rows(e.getJsonArray("timexes"), "text", "value"));
            events.put(line, rows(e.getJsonArray("events"), "type", "date", "killed", "injured", "injuredAtLeast"));
        });
        return new GoldScore(mentions, timexes, events);
    }

    private static List<String[]> rows(JsonArray array, String... fields) {
        List<String[]> out = new ArrayList<>();
        for (Object o : array) {
            JsonObject item = (JsonObject) o;
            String[] row = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = String.valueOf(item.getValue(fields[i]));
            }
            out.add(row);
        }
        return out;
    }
}
