package org.tarikh.entity.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * The message path against the real RabbitMQ: articles (and segments from before the upgrade) in, enriched articles
 * (enriched segments) or dead letters out.
 */
@QuarkusTest
class ArticleConsumerTest {

    @Inject
    BrokerSettings broker;

    BrokerTap tap;

    @BeforeEach
    void open() throws Exception {
        tap = new BrokerTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    static JsonObject segment(String articleId, String text, String kind, String publishedAt) {
        return new JsonObject()
                .put("schema", "tarikh.segment/v1").put("articleId", articleId).put("segmentId", articleId + "-0")
                .put("seq", 0).put("total", 1).put("kind", kind).put("lang", "en").put("text", text)
                .put("start", 0).put("end", text.length())
                .put("article", new JsonObject().put("publishedAt", publishedAt).put("dateMissing", false)
                        .put("length", text.length()));
    }

    @Test
    void captionIsEnrichedWithItsDateAndTheSameAsTheRestPath() throws Exception {
        String id = "test" + UUID.randomUUID().toString().substring(0, 8);
        String text = "U.S. soldiers are seen at the site where an Iranian missile hit at Ain al-Asad air base in "
                + "Anbar province, Iraq January 13, 2020. REUTERS/John Davison";
        tap.publishSegment("en.caption", segment(id, text, "CAPTION", "2024-01-30").encode()
                .getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(15)).until(() -> !tap.enrichedOf(id + "-0").isEmpty());
        JsonObject message = tap.enrichedOf(id + "-0").get(0);
        assertEquals("tarikh.enriched/v1", message.getString("schema"));
        JsonArray timexes = message.getJsonArray("timexes");
        assertEquals("2020-01-13", timexes.getJsonObject(0).getString("value"));
        assertEquals("2020-01-13", message.getJsonArray("events").getJsonObject(0).getString("date"));

        String rest = RestAssured.given().contentType("application/json")
                .body(new JsonObject().put("text", text).put("publishedAt", "2024-01-30").put("caption", true).encode())
                .post("/api/enrich").then().statusCode(200).extract().asString();
        JsonObject viaRest = new JsonObject(rest);
        assertEquals(viaRest.getJsonArray("timexes"), timexes, "REST and message path agree");
        assertEquals(viaRest.getJsonArray("events"), message.getJsonArray("events"));
    }

    @Test
    void aSurnameInALaterSegmentLinksToTheFullNameOfAnEarlierOne() throws Exception {
        ArticleSegments article = ArticleSegments.of("link", "2024-03-04", List.of(
                new ArticleSegments.Part("قال المحلل السياسي إحسان الشمري إن الحكومة تواجه ضغوطا كبيرة.", "PARAGRAPH"),
                new ArticleSegments.Part("State Department spokesman Matthew Miller said on Monday that talks would "
                        + "continue.", "PARAGRAPH"),
                new ArticleSegments.Part("تحذيرات أميركية", "SUBHEADING"),
                new ArticleSegments.Part("وأضاف الشمري أن الفصائل لن تتوقف عن هجماتها.", "PARAGRAPH"),
                new ArticleSegments.Part("Miller added that Washington was in contact with Doha.", "PARAGRAPH")));
        tap.publishArticle(article);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tap.enrichedOfArticle(article.articleId).size() == article.segments.size());
        assertEquals(1, tap.enrichedArticles.stream().filter(m -> article.articleId.equals(m.getString("articleId")))
                .count(), "one tarikh.enriched-article/v1 message for the article");
        var enriched = tap.enrichedOfArticle(article.articleId);
        assertEquals(person(enriched.get(article.segmentId(0)), "إحسان الشمري"),
                person(enriched.get(article.segmentId(3)), "الشمري"));
        assertEquals(person(enriched.get(article.segmentId(1)), "Matthew Miller"),
                person(enriched.get(article.segmentId(4)), "Miller"));
    }

    @Test
    void segmentsFromBeforeTheUpgradeAreStillEnrichedEachAlone() throws Exception {
        ArticleSegments article = ArticleSegments.of("old", "2024-03-04", List.of(
                new ArticleSegments.Part("State Department spokesman Matthew Miller said on Monday that talks would "
                        + "continue.", "PARAGRAPH"),
                new ArticleSegments.Part("Miller added that Washington was in contact with Doha.", "PARAGRAPH")));
        for (JsonObject segment : article.segments) {
            tap.publishSegment(segment);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tap.enrichedOfArticle(article.articleId).size() == article.segments.size());
        var enriched = tap.enrichedOfArticle(article.articleId);
        assertEquals("tarikh.enriched/v1", enriched.get(article.segmentId(1)).getString("schema"));
        // the service keeps nothing between messages: a lone segment's surname is not linked to another's full name
        assertTrue(enriched.get(article.segmentId(1)).getJsonArray("mentions").stream().map(JsonObject.class::cast)
                .noneMatch(m -> "Miller".equals(m.getString("text"))
                        && person(enriched.get(article.segmentId(0)), "Matthew Miller").equals(m.getString("key"))));
    }

    @Test
    void anArticleWithABrokenSegmentIsDeadLetteredWholeWithTheReason() throws Exception {
        ArticleSegments article = ArticleSegments.of("badart", "2024-03-04", List.of(
                new ArticleSegments.Part("Talks resumed in Doha on Sunday.", "PARAGRAPH"),
                new ArticleSegments.Part("They ended on Monday.", "PARAGRAPH")));
        JsonObject message = article.message();
        message.getJsonArray("segments").getJsonObject(1).put("seq", 0); // a segment repeated or out of order
        tap.publishSegment("en.article", message.encode().getBytes(StandardCharsets.UTF_8));
        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.addAll(tap.takeDeadLetters(article.articleId));
            return !dead.isEmpty();
        });
        String reason = String.valueOf(dead.get(0).getValue().get("x-tarikh-reason"));
        assertTrue(reason.contains("consecutive"), reason);
        assertTrue(tap.enrichedOfArticle(article.articleId).isEmpty(), "nothing published for a broken article");
    }

    @Test
    void anUndatedCaptionTakesTheDateOfItsPairedCaption() throws Exception {
        ArticleSegments article = ArticleSegments.of("pair", "2024-03-04", List.of(
                new ArticleSegments.Part("Smoke rises after an Israeli strike on a building in the southern Lebanese "
                        + "village of Khiam, February 27, 2024. REUTERS/Aziz Taher", "CAPTION"),
                new ArticleSegments.Part("دخان يتصاعد إثر غارة إسرائيلية استهدفت مبنى في بلدة الخيام جنوبي لبنان (رويترز)",
                        "CAPTION"),
                new ArticleSegments.Part("قصفت طائرات إسرائيلية مواقع في جنوب لبنان.", "PARAGRAPH")));
        // the parser links the two captions of one photo both ways
        article.segments.get(0).put("pairedWith", article.segmentId(1));
        article.segments.get(1).put("pairedWith", article.segmentId(0));
        tap.publishArticle(article);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tap.enrichedOfArticle(article.articleId).size() == article.segments.size());
        var enriched = tap.enrichedOfArticle(article.articleId);
        JsonObject arabicCaption = enriched.get(article.segmentId(1)).getJsonArray("events").getJsonObject(0);
        assertEquals("2024-02-27", arabicCaption.getString("date"), arabicCaption.encode());
        assertEquals("CAPTION", arabicCaption.getString("dateBasis"));
        // a paragraph is no caption: it keeps the publication date, marked as such
        JsonObject paragraph = enriched.get(article.segmentId(2)).getJsonArray("events").getJsonObject(0);
        assertEquals("PUBLICATION", paragraph.getString("dateBasis"));
    }

    @Test
    void theSentencesParserServiceFoundBoundTheDatesOfEvents() throws Exception {
        String id = "test" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Police said on Monday; the president met the king in Amman.";
        int at = 120; // the segment's offset in its article: sentences come in article offsets
        JsonObject segment = segment(id, text, "PARAGRAPH", "2024-03-06").put("start", at)
                .put("end", at + text.length()).put("sentences", new JsonArray()
                        .add(new JsonObject().put("start", at).put("end", at + 22))
                        .add(new JsonObject().put("start", at + 23).put("end", at + text.length())));
        tap.publishSegment("en.paragraph", segment.encode().getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(15)).until(() -> !tap.enrichedOf(id + "-0").isEmpty());
        JsonArray events = tap.enrichedOf(id + "-0").get(0).getJsonArray("events");
        JsonObject meeting = events.stream().map(JsonObject.class::cast)
                .filter(e -> "MEETING".equals(e.getString("type"))).findFirst().orElseThrow();
        // one sentence by the text's own punctuation, two by the message's: Monday dates only the police statement
        assertEquals("PUBLICATION", meeting.getString("dateBasis"), meeting.encode());
        assertEquals("the president met the king in Amman.", meeting.getString("sentence"));
    }

    /** The key of the PERSON mention spelled {@code text} in an enriched message. */
    static String person(JsonObject enriched, String text) {
        for (Object o : enriched.getJsonArray("mentions")) {
            JsonObject m = (JsonObject) o;
            if ("PERSON".equals(m.getString("type")) && text.equals(m.getString("text"))) {
                return m.getString("key");
            }
        }
        throw new AssertionError("no person «" + text + "» in " + enriched.getJsonArray("mentions"));
    }

    @Test
    void poisonMessagesEndInTheDeadLetterQueueWithTheirReasonAndTheConsumerGoesOn() throws Exception {
        String marker = UUID.randomUUID().toString();
        tap.publishSegment("en.paragraph", ("{not json " + marker).getBytes(StandardCharsets.UTF_8));
        tap.publishSegment("en.paragraph", new JsonObject().put("schema", "tarikh.segment/v0").put("x", marker)
                .encode().getBytes(StandardCharsets.UTF_8));
        tap.publishSegment("en.paragraph", segment("bad" + marker.substring(0, 8), "Talks began.", "PARAGRAPH",
                "2022-01-10").put("source", marker).put("sentences", new JsonArray()
                        .add(new JsonObject().put("start", 5).put("end", 40))).encode().getBytes(StandardCharsets.UTF_8));

        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dead.addAll(tap.takeDeadLetters(marker));
            return dead.stream().filter(d -> d.getKey().contains(marker)).count() == 3;
        });
        var reasons = dead.stream().filter(d -> d.getKey().contains(marker))
                .map(d -> String.valueOf(d.getValue().get("x-tarikh-reason"))).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("not a JSON article or segment message")),
                reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("sentences must be ordered")), reasons.toString());

        // and the consumer still works
        String id = "test" + UUID.randomUUID().toString().substring(0, 8);
        tap.publishSegment("en.paragraph", segment(id, "Talks began on January 4, 2022.", "PARAGRAPH", "2022-01-10")
                .encode().getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(15)).until(() -> !tap.enrichedOf(id + "-0").isEmpty());
    }
}
