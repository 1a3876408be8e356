package org.tarikh.parser.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.parser.messaging.BrokerSettings;
import org.tarikh.parser.messaging.SegmentTap;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/** Posts articles over HTTP and reads what reached the real RabbitMQ. */
@QuarkusTest
class ArticleResourceTest {

    @Inject
    BrokerSettings broker;

    SegmentTap tap;

    @BeforeEach
    void tap() throws Exception {
        tap = new SegmentTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    static String seed() throws Exception {
        return Files.readString(Path.of("../seeds/000_2f5373c944bbeb12.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void plainTextArticleIsPublishedSegmentBySegmentWithItsContext() throws Exception {
        String text = seed();
        String id = given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("publishedAt", "2024-01-30").queryParam("source", "الجزيرة")
                .when().post("/api/articles")
                .then().statusCode(202)
                .header("Location", startsWith("http"))
                .body("articleId", notNullValue())
                .extract().path("articleId");
        int segments = given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("publishedAt", "2024-01-30")
                .when().post("/api/articles")
                .then().statusCode(202).body("articleId", equalTo(id))
                .extract().path("segments");

        // Other test runs share the broker and may post the same sample: at least our two posts' worth.
        await().atMost(Duration.ofSeconds(10)).until(() -> tap.of(id).size() >= 2 * segments);
        var first = tap.of(id).stream().min(Comparator.comparingInt(m -> m.getInteger("seq"))).orElseThrow();
        assertEquals("tarikh.segment/v1", first.getString("schema"));
        assertEquals(segments, first.getInteger("total"));
        JsonObject article = first.getJsonObject("article");
        assertEquals("2024-01-30", article.getString("publishedAt"));
        for (JsonObject m : tap.of(id)) {
            assertEquals(m.getString("text"), text.substring(m.getInteger("start"), m.getInteger("end")),
                    "offsets point into the original text");
        }
        assertEquals(tap.of(id).size(), tap.deliveriesOf(id).size() * segments,
                "one tarikh.article/v1 message per post with all its segments, not one message per segment");
        for (var d : tap.deliveriesOf(id)) {
            assertEquals("tarikh.article/v1", d.body().getString("schema"));
            assertEquals("tarikh.article/v1", String.valueOf(d.headers().get("schema")));
            assertEquals("ar.article", d.routingKey(), "routing key carries the article's language");
            assertEquals(id, d.messageId());
            assertEquals(segments, d.body().getJsonArray("segments").size());
        }
        List<JsonObject> kinds = tap.segmentsOf(id);
        assertEquals("HEADLINE", kinds.get(0).getString("kind"));
        assertEquals("SOURCE", kinds.get(kinds.size() - 1).getString("kind"));
        assertEquals("الجزيرة", kinds.get(kinds.size() - 1).getString("source"));
        assertTrue(kinds.stream().anyMatch(m -> "بغداد".equals(m.getString("dateline"))), "the dateline is on its paragraph");
        for (JsonObject caption : kinds.stream().filter(m -> "CAPTION".equals(m.getString("kind"))).toList()) {
            String other = caption.getString("pairedWith");
            JsonObject pair = kinds.stream().filter(m -> m.getString("segmentId").equals(other)).findFirst().orElseThrow();
            assertEquals(caption.getString("segmentId"), pair.getString("pairedWith"), "captions are paired both ways");
            assertTrue(!pair.getString("lang").equals(caption.getString("lang")));
            assertTrue(caption.getString("credit") != null, "a caption carries its credit");
        }
    }

    @Test
    void jsonArticleIsAccepted() {
        given().contentType("application/json")
                .body(new JsonObject().put("text", "Headline\n\nBAGHDAD - Something happened on January 4, 2022.")
                        .put("publishedAt", "2022-01-05").encode())
                .when().post("/api/articles")
                .then().statusCode(202).body("segments", equalTo(2)).body("language", equalTo("en"));
    }

    @Test
    void badInputGetsProblemJson() {
        given().contentType("text/plain; charset=utf-8").body("   \n\n  ")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Empty article"));
        given().contentType("text/plain").body(new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' })
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Invalid UTF-8"));
        given().contentType("application/json").body("{\"text\": ")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        given().contentType("image/png").body(new byte[] { 1, 2, 3 })
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/plain").body("Some text").queryParam("publishedAt", "2024-02-30")
                .when().post("/api/articles")
                .then().statusCode(400).body("title", equalTo("Invalid publication date"));
        given().contentType("text/plain").body(new byte[2 * 1024 * 1024 + 1])
                .when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
