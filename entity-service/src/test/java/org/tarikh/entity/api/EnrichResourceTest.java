package org.tarikh.entity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class EnrichResourceTest {

    @Test
    void arabicAbsoluteDateIsNormalizedWithOffsetsIntoTheText() {
        String text = "وقع الهجوم في 4 يناير 2022 قرب القاعدة.";
        given().contentType("application/json")
                .body(new JsonObject().put("text", text).put("publishedAt", "2024-01-30").encode())
                .when().post("/api/enrich")
                .then().statusCode(200)
                .body("timexes[0].value", equalTo("2022-01-04"))
                .body("timexes[0].precision", equalTo("DAY"))
                .body("timexes[0].start", equalTo(text.indexOf("4 يناير")))
                .body("timexes[0].text", equalTo("4 يناير 2022"));
    }

    @Test
    void aSurnameLinksToTheFullNameWithinOneTextAndNothingIsKeptBetweenRequests() {
        String articleId = "rest-" + java.util.UUID.randomUUID();
        String first = "Defense Secretary Lloyd Austin said the strikes were proportionate.";
        String later = "Asked about Iran, Austin declined to comment.";
        String key = given().contentType("application/json")
                .body(new JsonObject().put("text", first).put("publishedAt", "2024-02-03").put("articleId", articleId)
                        .encode())
                .when().post("/api/enrich").then().statusCode(200)
                .extract().path("mentions.find { it.type == 'PERSON' }.key");
        given().contentType("application/json")
                .body(new JsonObject().put("text", first + "\n\n" + later).put("publishedAt", "2024-02-03").encode())
                .when().post("/api/enrich").then().statusCode(200)
                .body("mentions.find { it.text == 'Austin' }.type", equalTo("PERSON"))
                .body("mentions.find { it.text == 'Austin' }.key", equalTo(key));
        // a later request, even naming the same article, is enriched alone: Austin alone is not linked to Lloyd
        // Austin (the tagger may still read a person in "Austin declined")
        given().contentType("application/json")
                .body(new JsonObject().put("text", later).put("publishedAt", "2024-02-03").put("articleId", articleId)
                        .encode())
                .when().post("/api/enrich").then().statusCode(200)
                .body("mentions.find { it.text == 'Austin' }.key", not(equalTo(key)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}                                               | Missing text
            {"text": "  "}                                   | Missing text
            "just a string"                                  | Body must be a JSON object
            [{"text": "x"}]                                  | Body must be a JSON object
            42                                               | Body must be a JSON object
            null                                             | Body must be a JSON object
            {"text": "x", "publishedAt": "2024-13-01"}       | Invalid publication date
            {"text": "x", "publishedAt": "2023-02-29"}       | Invalid publication date
            {"text": "x", "publishedAt": "yesterday"}        | Invalid publication date
            {"text": ["x"]}                                  | Invalid field
            {"text": "x", "caption": "maybe"}                | Invalid field
            {"text":                                         | Malformed JSON
            {'text': 'x'}                                    | Malformed JSON
            {"text": "x", "articleId": " "}                  | Invalid article id
            """)
    void badRequestsGetAProblemWhoseTitleSaysWhatToFix(String body, String title) {
        given().contentType("application/json").body(body).when().post("/api/enrich")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo(title)).body("status", equalTo(400)).body("detail", notNullValue());
    }

    @Test
    void anEmptyBodyIsAProblem() {
        given().contentType("application/json").when().post("/api/enrich")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Missing body"));
    }

    @Test
    void aBodyOverTheSizeLimitGetsA413ProblemNotAClosedConnection() {
        String text = "ا".repeat(2_200_000); // 4.4 MB of UTF-8, over the 4 MiB limit
        given().contentType("application/json").body(new JsonObject().put("text", text).encode())
                .when().post("/api/enrich")
                .then().statusCode(413).contentType("application/problem+json").body("title", equalTo("Body too large"));
    }

    @Test
    void aTextOverTheLengthLimitIsAProblem() {
        given().contentType("application/json").body(new JsonObject().put("text", "a".repeat(200_001)).encode())
                .when().post("/api/enrich")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Text too long"));
    }

    @Test
    void textsAtTheLimitWithoutSentencesOrWordsAreEnrichedNotFailed() {
        // each ran entity-service (-Xmx160m) out of heap as one 200,000-token sentence before sentences were cut
        for (String text : new String[] { ".".repeat(200_000), "\u200f".repeat(200_000), "(".repeat(200_000) }) {
            given().contentType("application/json").body(new JsonObject().put("text", text).encode())
                    .when().post("/api/enrich")
                    .then().statusCode(200).body("mentions", org.hamcrest.Matchers.empty());
        }
    }
}
