package org.tarikh.parser.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.parser.messaging.BrokerSettings;
import org.tarikh.parser.messaging.SegmentTap;
import org.tarikh.parser.structure.ArticleMetadata;
import org.tarikh.parser.structure.ArticleReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * HTML, JSON and NDJSON batches over HTTP, and what reached the real RabbitMQ. Each test writes text no other run
 * writes (a UUID in it), so that concurrent runs on the same broker never see each other's articles.
 */
@QuarkusTest
class ArticleIngestionTest {

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

    @Test
    void htmlPageIsPublishedWithItsStructureAndDeclaredMetadata() throws Exception {
        String page = fixture("wire-english.html").replace("16 people", "16 people (" + UUID.randomUUID() + ")");
        JsonPath accepted = given().contentType("text/html; charset=utf-8").body(page.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("language", equalTo("en")).body("publishedAt", equalTo("2024-02-03T10:21Z"))
                .body("source", equalTo("Reuters")).body("dateMissing", equalTo(false))
                .extract().jsonPath();
        String id = accepted.getString("articleId");
        int total = accepted.getInt("segments");
        await().atMost(Duration.ofSeconds(10)).until(() -> tap.segmentsOf(id).size() == total);
        List<JsonObject> segments = tap.segmentsOf(id);
        assertEquals(List.of("HEADLINE", "BOILERPLATE", "BOILERPLATE", "CAPTION", "PARAGRAPH", "PARAGRAPH", "SUBHEADING",
                "PARAGRAPH", "BOILERPLATE"), segments.stream().map(m -> m.getString("kind")).toList());
        JsonObject caption = segments.get(3);
        assertEquals("REUTERS/Stringer", caption.getString("credit"));
        JsonObject span = caption.getJsonObject("creditSpan");
        int length = segments.get(0).getJsonObject("article").getInteger("length");
        assertTrue(span.getInteger("start") >= caption.getInteger("start") && span.getInteger("end") <= length);
        JsonObject dateline = segments.get(4);
        assertEquals("BAGHDAD", dateline.getString("dateline"));
        assertEquals(dateline.getInteger("start"), dateline.getJsonObject("datelineSpan").getInteger("start"));
        JsonObject context = dateline.getJsonObject("article");
        assertEquals("Iraq says US strikes violate its sovereignty", context.getString("title"));
        assertEquals("https://www.example-wire.com/world/middle-east/iraq-strikes-2024-02-03/", context.getString("url"));
        for (JsonObject m : segments) {
            assertEquals(id + "-" + m.getInteger("seq"), m.getString("segmentId"));
            assertEquals(total, m.getInteger("total"));
            JsonArray sentences = m.getJsonArray("sentences");
            assertTrue(sentences.size() >= 1);
            assertEquals(m.getInteger("start"), sentences.getJsonObject(0).getInteger("start"));
        }
    }

    @Test
    void explicitMetadataInJsonWinsOverWhatThePageDeclares() throws Exception {
        String page = fixture("aljazeera-arabic.html").replace("مجزرة", "مجزرة " + UUID.randomUUID());
        given().contentType("application/json")
                .body(new JsonObject().put("html", page).put("publishedAt", "2024-02-13").put("source", "Given source")
                        .put("title", "Given title").encode())
                .when().post("/api/articles")
                .then().statusCode(202).body("publishedAt", equalTo("2024-02-13")).body("source", equalTo("Given source"))
                .body("title", equalTo("Given title")).body("language", equalTo("ar"));
    }

    @Test
    void articleWithoutADateIsAcceptedAndMarked() {
        String id = given().contentType("text/plain; charset=utf-8")
                .body(("عنوان الخبر\n\nقال مسؤول إن المحادثات ستستأنف " + UUID.randomUUID() + ".").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("dateMissing", equalTo(true)).extract().path("articleId");
        await().atMost(Duration.ofSeconds(10)).until(() -> tap.segmentsOf(id).size() == 2);
        JsonObject context = tap.segmentsOf(id).get(1).getJsonObject("article");
        assertTrue(context.getBoolean("dateMissing"));
        assertNull(context.getString("publishedAt"));
    }

    @Test
    void batchAnswersEveryLineAndOneBadLineSinksNothingElse() {
        String marker = UUID.randomUUID().toString();
        String good = new JsonObject().put("text", "Headline " + marker + "\n\nBAGHDAD (Reuters) - Talks resumed.")
                .put("publishedAt", "2024-01-30").encode();
        String badDateText = "Officials said talks would resume " + marker + ".";
        String badDate = new JsonObject().put("text", badDateText).put("publishedAt", "2024-02-30").encode();
        String html = new JsonObject().put("html", "<article><h1>عنوان " + marker + "</h1><p>بغداد- قال مسؤول إن"
                + " المحادثات ستستأنف.</p></article>").encode();
        String body = good + "\n{\"text\": \n\n" + badDate + "\n" + html + "\n{\"text\": \"x\", \"publishDate\": \"2024-01-01\"}\n"
                + "{\"text\": \"   \"}\n";
        JsonPath result = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(2)).body("rejected", equalTo(4))
                .extract().jsonPath();
        assertEquals(List.of(1, 2, 4, 5, 6, 7), result.getList("results.line"));
        assertEquals(List.of(202, 400, 400, 202, 400, 400), result.getList("results.status"));
        assertEquals(List.of("Malformed JSON", "Invalid publication date", "Unknown field", "Empty article"),
                result.getList("results.problem.title").stream().filter(t -> t != null).toList());
        String first = result.getString("results[0].article.articleId");
        String fourth = result.getString("results[3].article.articleId");
        await().atMost(Duration.ofSeconds(10)).until(() -> tap.segmentsOf(first).size() == 2 && tap.segmentsOf(fourth).size() == 2);
        assertEquals("BAGHDAD", tap.segmentsOf(first).get(1).getString("dateline"));
        assertEquals("بغداد", tap.segmentsOf(fourth).get(1).getString("dateline"));
        String rejectedId = new ArticleReader().read(badDateText, ArticleMetadata.none()).id();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> tap.of(rejectedId).isEmpty());
    }

    @Test
    void rejectedArticlePublishesNothing() {
        String text = "Headline\n\nA perfectly readable article " + UUID.randomUUID() + ".";
        given().contentType("text/plain").body(text).queryParam("publishedAt", "2024-13-01")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid publication date")).body("status", equalTo(400));
        String id = new ArticleReader().read(text, ArticleMetadata.none()).id();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> tap.of(id).isEmpty());
    }

    @Test
    void hostileInputGetsAProblemWithAUsefulTitle() {
        given().contentType("text/plain").body(new byte[] { 'a', 0, 'b' })
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Binary content"));
        given().contentType("application/json").body("{\"text\": \"x\", \"html\": \"<p>y</p>\"}")
                .when().post("/api/articles")
                .then().statusCode(400).body("title", equalTo("Missing article text"));
        given().contentType("application/json").body("[1, 2]")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        given().contentType("application/json").body("{\"text\": \"a \\ud800 b\"}")
                .when().post("/api/articles")
                .then().statusCode(400).body("title", equalTo("Invalid text"));
        given().contentType("text/html").body("<html><body><script>x()</script></body></html>")
                .when().post("/api/articles")
                .then().statusCode(400).body("title", equalTo("Empty article"));
        given().contentType("text/plain").body("Some text").queryParam("language", "not a language")
                .when().post("/api/articles")
                .then().statusCode(400).body("title", equalTo("Invalid language"));
        given().contentType("application/xml").body("<article/>")
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("title", equalTo("Unsupported content type")).body("detail", containsString("text/plain"));
        given().contentType("application/x-ndjson").body("\n \n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(400).body("title", equalTo("Empty batch"));
        given().contentType("application/x-ndjson").body(new byte[2 * 1024 * 1024 + 100])
                .when().post("/api/articles/batch")
                .then().statusCode(200).body("results[0].status", equalTo(413))
                .body("results[0].problem.title", equalTo("Article too large"));
    }

    /** 20,000 paragraphs are read in LargeArticleTest; here fewer, not to flood the queue other runs share. */
    @Test
    void longArticleIsPublishedWhole() {
        StringBuilder text = new StringBuilder("Long article " + UUID.randomUUID() + "\n\n");
        for (int i = 0; i < 300; i++) {
            text.append("وقال المسؤول إن الوضع هادئ. وأضاف أن الرد قادم رقم ").append(i).append(".\n\n");
        }
        String id = given().contentType("text/plain; charset=utf-8").body(text.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("segments", equalTo(301)).extract().path("articleId");
        await().atMost(Duration.ofSeconds(30)).until(() -> tap.segmentsOf(id).size() == 301);
        assertEquals(2, tap.segmentsOf(id).get(300).getJsonArray("sentences").size());
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = ArticleIngestionTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
