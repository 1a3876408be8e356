package org.tarikh.timeline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.BrokerSettings;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedTap;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import jakarta.inject.Inject;

/** One event by its id, and the sentences that report it a page at a time, as the page's event panel reads them. */
@QuarkusTest
class EventResourceTest {

    @Inject
    BrokerSettings broker;

    EnrichedTap tap;

    @BeforeEach
    void open() throws Exception {
        tap = new EnrichedTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    @Test
    void anEventIsReadByItsIdAndItsSourcesAPageAtATime() throws Exception {
        String place = "location:event-test-" + UUID.randomUUID().toString().substring(0, 8);
        String[] articles = new String[3];
        for (int i = 0; i < 3; i++) {
            articles[i] = Enriched.newArticleId();
            String lang = i == 1 ? "ar" : "en";
            String text = i == 1 ? "قتل " + (4 + i) + " في هجوم على سوق الموصل يوم 18 مارس 2023."
                    : (4 + i) + " were killed in an attack on a market in Mosul on March 18, 2023.";
            String surface = i == 1 ? "الموصل" : "Mosul";
            tap.publish(lang + ".paragraph", Enriched.segment(articles[i], 0, 1, lang, text, "2023-03-19")
                    .mention("LOCATION", surface, place, "Mosul", 36.34, 43.13)
                    .event("ATTACK", i == 1 ? "هجوم" : "attack", "2023-03-18", "DAY", place, new JsonArray(), 4 + i,
                            false, null, false, null)
                    .encode());
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("place", place)
                .get("/api/timeline").then().body("events", hasSize(1)).body("events[0].sourceCount", equalTo(3)));
        // the representatives: the first report, the most exact (the same here), the first in each language
        given().queryParam("place", place).get("/api/timeline").then().body("events[0].sources", hasSize(2))
                .body("events[0].articleCount", equalTo(3)).body("events[0].outletCount", equalTo(2))
                .body("events[0].langs", equalTo(java.util.List.of("ar", "en")))
                .body("events[0].killed", equalTo(6)).body("events[0].killedMin", equalTo(4));
        long id = given().queryParam("place", place).get("/api/timeline").then().extract().jsonPath()
                .getLong("events[0].id");

        given().get("/api/events/" + id).then().statusCode(200).body("id", equalTo((int) id))
                .body("place.key", equalTo(place)).body("figuresDiffer", equalTo(true));

        String next = given().queryParam("limit", "2").get("/api/events/" + id + "/sources").then().statusCode(200)
                .body("total", equalTo(3)).body("sources", hasSize(2)).extract().jsonPath().getString("next");
        given().queryParam("limit", "2").queryParam("cursor", next).get("/api/events/" + id + "/sources").then()
                .statusCode(200).body("sources", hasSize(1)).body("next", nullValue());
        given().queryParam("lang", "ar").get("/api/events/" + id + "/sources").then().statusCode(200)
                .body("total", equalTo(1)).body("sources[0].articleId", equalTo(articles[1]))
                .body("sources[0].publisher", equalTo("وكالة اختبار"));
        given().queryParam("outlet", "Test Wire").get("/api/events/" + id + "/sources").then().statusCode(200)
                .body("total", equalTo(2)).body("sources.lang", everyItem(equalTo("en")));
        var oldest = given().get("/api/events/" + id + "/sources").then().extract().jsonPath()
                .getList("sources.segmentId");
        var newest = given().queryParam("order", "newest").get("/api/events/" + id + "/sources").then()
                .statusCode(200).extract().jsonPath().getList("sources.segmentId");
        var reversed = new java.util.ArrayList<>(oldest);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, newest);
        given().queryParam("order", "sideways").get("/api/events/" + id + "/sources").then().statusCode(400);
    }

    @Test
    void anUnknownEventIsAProblemThatSaysSo() {
        given().get("/api/events/999999999").then().statusCode(404).contentType(containsString("problem+json"))
                .body("title", equalTo("Unknown event"));
        given().get("/api/events/abc").then().statusCode(404).body("title", equalTo("Unknown event"));
        given().queryParam("cursor", "-1").get("/api/events/1/sources").then().statusCode(400);
    }
}
