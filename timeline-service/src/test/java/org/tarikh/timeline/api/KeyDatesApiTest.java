package org.tarikh.timeline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.BrokerSettings;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedTap;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import jakarta.inject.Inject;

/**
 * Key dates of a small story told by two outlets, beside another story on the same days from a third: through the
 * real broker into the real database, then /api/keydates and source= on /api/timeline.
 */
@QuarkusTest
class KeyDatesApiTest {

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

    record Story(String wire, String daily, String other, List<String> articles) {
    }

    /**
     * The floods of 1 May are referred to by three articles of two outlets, the donors' conference of 8 May by two,
     * the rescue of 2 May by one; another story, from a third outlet, refers to 2 May three times.
     */
    Story publish() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Story s = new Story("kd-wire-" + run, "kd-daily-" + run, "kd-other-" + run, new ArrayList<>());
        String a1 = article(s);
        String t1 = "Floods hit Lakeside on 1 May 2021, killing 12 people. Rescue teams reached the valley on 2 May 2021.";
        tap.publish("en.paragraph", Enriched.segment(a1, 0, 1, "en", t1, "2021-05-03").source(s.wire())
                .sentence("Floods hit Lakeside on 1 May 2021, killing 12 people.")
                .sentence("Rescue teams reached the valley on 2 May 2021.")
                .timex("1 May 2021", "2021-05-01", "DAY").timex("2 May 2021", "2021-05-02", "DAY")
                .event("DEATH", "killing", "2021-05-01", "DAY", null, new JsonArray(), 12, false, null, false,
                        "Floods hit Lakeside")
                .encode());
        String a2 = article(s);
        String t2 = "The floods of Saturday in Lakeside killed 12 people and cut the road to the dam.";
        tap.publish("en.paragraph", Enriched.segment(a2, 0, 1, "en", t2, "2021-05-04").source(s.daily())
                .relativeTimex("Saturday", "2021-05-01").encode());
        String a3 = article(s);
        String t3 = "Since the floods on 1 May 2021, Lakeside has rebuilt two dams. A donor conference was held on 8 May 2021.";
        tap.publish("en.paragraph", Enriched.segment(a3, 0, 1, "en", t3, "2021-05-10").source(s.wire())
                .timex("1 May 2021", "2021-05-01", "DAY").timex("8 May 2021", "2021-05-08", "DAY").encode());
        String a4 = article(s);
        String t4 = "Donors pledged money for the dams of Lakeside at the conference on 8 May 2021.";
        tap.publish("en.paragraph", Enriched.segment(a4, 0, 1, "en", t4, "2021-05-09").source(s.daily())
                .timex("8 May 2021", "2021-05-08", "DAY").encode());
        for (int i = 0; i < 3; i++) {
            String other = article(s);
            String t = "The festival in Harbourtown opened on 2 May 2021 with " + (i + 3) + " bands.";
            tap.publish("en.paragraph", Enriched.segment(other, 0, 1, "en", t, "2021-05-03").source(s.other())
                    .timex("2 May 2021", "2021-05-02", "DAY")
                    .event("MEETING", "opened", "2021-05-02", "DAY", null, new JsonArray(), null, false, null, false,
                            "The festival opened")
                    .encode());
        }
        for (String id : s.articles()) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/api/articles/" + id)
                    .then().statusCode(200).body("complete", equalTo(true)));
        }
        return s;
    }

    private static String article(Story s) {
        String id = Enriched.newArticleId();
        s.articles().add(id);
        return id;
    }

    @Test
    void aStorysKeyDatesAreTheDaysItsArticlesReferToMostEachToldByAStoredSentence() throws Exception {
        Story s = publish();
        JsonPath answer = given().queryParam("source", s.wire() + "," + s.daily()).queryParam("n", 2)
                .get("/api/keydates").then().statusCode(200).body("dates", hasSize(2)).extract().jsonPath();
        assertEquals(List.of("2021-05-01", "2021-05-08"), answer.getList("dates.date"));
        assertEquals(3, answer.getInt("dates[0].articles"));
        assertEquals(2, answer.getInt("dates[0].outlets"));
        assertEquals(1, answer.getInt("dates[0].events"), "the deaths of 1 May are an event of the chronology");
        assertTrue(answer.getString("dates[0].why").contains("3 articles from 2 outlets"), answer.prettify());
        assertEquals(1, answer.getList("dates[0].sentences").size(), "k is 1 by default");
        String sentence = answer.getString("dates[0].sentences[0].text");
        assertTrue(List.of("Floods hit Lakeside on 1 May 2021, killing 12 people.",
                "The floods of Saturday in Lakeside killed 12 people and cut the road to the dam.").contains(sentence),
                "a stored sentence of the week after the day: " + sentence);
        String article = answer.getString("dates[0].sentences[0].articleId");
        assertEquals(article + "-0", answer.getString("dates[0].sentences[0].segmentId"));
        assertEquals(article.equals(s.articles().get(0)) ? s.wire() : s.daily(),
                answer.getString("dates[0].sentences[0].source"));
        given().get("/api/articles/" + article).then().statusCode(200)
                .body("segments[0].text", containsString(sentence));

        // k sentences per day, never the same twice
        JsonPath two = given().queryParam("source", s.wire() + "," + s.daily()).queryParam("n", 1).queryParam("k", 3)
                .get("/api/keydates").then().statusCode(200).extract().jsonPath();
        List<String> texts = two.getList("dates[0].sentences.text");
        assertTrue(!texts.isEmpty() && texts.size() <= 3, "up to k, less only for redundancy: " + texts);
        assertEquals(texts.size(), texts.stream().distinct().count());

        // without source= the other story's 2 May, referred to by three articles, is a key date too
        JsonPath all = given().queryParam("from", "2021-05-01").queryParam("to", "2021-05-08").queryParam("n", 50)
                .get("/api/keydates").then().statusCode(200).extract().jsonPath();
        assertTrue(all.getList("dates.date").contains("2021-05-02"), all.prettify());
        JsonPath other = given().queryParam("source", s.other()).get("/api/keydates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2021-05-02"), other.getList("dates.date"));
    }

    @Test
    void theFiltersOfTheTimelineSelectTheArticlesWhoseDatesCount() throws Exception {
        Story s = publish();
        String story = s.wire() + "," + s.daily();
        // q= selects the articles that contain the words: those about the donors make 8 May the first
        given().queryParam("source", story).queryParam("q", "donor").get("/api/keydates").then().statusCode(200)
                .body("dates[0].date", equalTo("2021-05-08")).body("dates[0].articles", equalTo(2));
        // from/to bound the days referred to; publishedTo the articles
        given().queryParam("source", story).queryParam("from", "2021-05-02").get("/api/keydates").then()
                .body("dates.date", equalTo(List.of("2021-05-08", "2021-05-02")));
        given().queryParam("source", story).queryParam("publishedTo", "2021-05-04").get("/api/keydates").then()
                .body("dates.date", equalTo(List.of("2021-05-01", "2021-05-02")));
        // type= selects the articles that report such an event: only the first, whose two days remain
        given().queryParam("source", story).queryParam("type", "DEATH").get("/api/keydates").then()
                .body("dates.date", containsInAnyOrder("2021-05-01", "2021-05-02"));
        given().queryParam("source", story).queryParam("lang", "ar").get("/api/keydates").then()
                .body("dates", hasSize(0));
        given().queryParam("source", story).queryParam("entity", "no such entity " + s.wire()).get("/api/keydates")
                .then().statusCode(200).body("dates", hasSize(0));

        // source= on the chronology: the festival's events only from its outlet
        given().queryParam("source", s.other()).get("/api/timeline").then().statusCode(200)
                .body("events.type", everyItem(equalTo("MEETING"))).body("events", not(empty()));
        given().queryParam("source", s.wire() + ", " + s.other()).queryParam("from", "2021-05-01")
                .queryParam("to", "2021-05-02").get("/api/timeline").then().statusCode(200)
                .body("events.type", hasItems("DEATH", "MEETING"));
        given().queryParam("source", s.daily()).get("/api/timeline").then().body("events", hasSize(0));
    }

    @Test
    void keyDatesComeAsCsvTimelineJsAndText() throws Exception {
        Story s = publish();
        String story = s.wire() + "," + s.daily();
        String csv = given().queryParam("source", story).queryParam("format", "csv").queryParam("n", 2)
                .get("/api/keydates").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[0].startsWith("rank,date,articles,outlets"), lines[0]);
        assertTrue(lines[1].startsWith("1,2021-05-01,3,2,"), lines[1]);
        given().queryParam("source", story).queryParam("format", "timelinejs").get("/api/keydates").then()
                .statusCode(200).body("events[0].start_date.day", equalTo("1"))
                .body("events[0].text.text", containsString("Lakeside"));
        String text = given().queryParam("source", story).header("Accept", "text/plain").get("/api/keydates").then()
                .statusCode(200).extract().asString();
        assertTrue(text.startsWith(" 1. 2021-05-01  (referred to by 3 articles from 2 outlets"), text);
        assertTrue(text.contains(s.wire()) || text.contains(s.daily()), text);
    }

    @Test
    void aQuestionThatCannotBeAnsweredIsAProblemThatSaysWhatToGive() {
        for (String[] bad : new String[][] { { "n", "0" }, { "n", "many" }, { "k", "11" }, { "format", "ics" },
                { "from", "yesterday" }, { "publishedFrom", "soon" }, { "cursor", "abc" } }) {
            given().queryParam(bad[0], bad[1]).get("/api/keydates").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("title", equalTo("Bad query parameter")).body("detail", containsString(bad[0]));
        }
        given().queryParam("source", "x".repeat(201)).get("/api/timeline").then().statusCode(400)
                .body("detail", containsString("source="));
    }
}
