package org.tarikh.entity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

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
    void textsSentWithOneArticleIdLinkASurnameToTheFullNameSentBefore() {
        String articleId = "rest-" + java.util.UUID.randomUUID();
        String first = "Defense Secretary Lloyd Austin said the strikes were proportionate.";
        String later = "Asked about Iran, Austin declined to comment.";
        String key = given().contentType("application/json")
                .body(new JsonObject().put("text", first).put("publishedAt", "2024-02-03").put("articleId", articleId)
                        .encode())
                .when().post("/api/enrich").then().statusCode(200)
                .extract().path("mentions.find { it.type == 'PERSON' }.key");
        given().contentType("application/json")
                .body(new JsonObject().put("text", later).put("publishedAt", "2024-02-03").put("articleId", articleId)
                        .encode())
                .when().post("/api/enrich").then().statusCode(200)
                .body("mentions.find { it.text == 'Austin' }.type", equalTo("PERSON"))
                .body("mentions.find { it.text == 'Austin' }.key", equalTo(key));
        // without the article, Austin alone is the city
        given().contentType("application/json")
                .body(new JsonObject().put("text", later).put("publishedAt", "2024-02-03").encode())
                .when().post("/api/enrich").then().statusCode(200)
                .body("mentions.find { it.text == 'Austin' }.type", equalTo("LOCATION"));
    }

    @Test
    void badRequestsGetProblemJson() {
        given().contentType("application/json").body("{}").when().post("/api/enrich")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Missing text"));
        given().contentType("application/json").body("{\"text\":\"x\",\"publishedAt\":\"2024-13-01\"}")
                .when().post("/api/enrich")
                .then().statusCode(400).body("title", equalTo("Invalid publication date"));
        given().contentType("application/json").body("{\"text\":").when().post("/api/enrich")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"text\":\"x\",\"articleId\":\" \"}").when().post("/api/enrich")
                .then().statusCode(400).body("title", equalTo("Invalid article id"));
    }

    @Test
    void malformedJsonIsAProblemThatSaysSo() {
        given().contentType("application/json").body("{\"text\": ")
                .when().post("/api/enrich")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }
}
