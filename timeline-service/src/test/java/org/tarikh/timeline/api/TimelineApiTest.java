package org.tarikh.timeline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.TimelineQuery;
import org.tarikh.timeline.messaging.BrokerSettings;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedTap;
import org.tarikh.timeline.store.ChronologyQueries;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;

/**
 * The chronology as users query it: two articles in two languages report one attack with different figures, through
 * the real broker into the real database, then every filter and form of the API.
 */
@QuarkusTest
class TimelineApiTest {

    @Inject
    BrokerSettings broker;

    @Inject
    ChronologyQueries queries;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    EnrichedTap tap;

    @BeforeEach
    void open() throws Exception {
        tap = new EnrichedTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    /** One attack, reported in Arabic to the day with "at least 40 injured" and in English to the month with 34. */
    record Story(String arabic, String english, String base, String group) {
    }

    Story publishStory() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String base = "facility:test-base-" + suffix;
        String group = "org:test-group-" + suffix;
        String arabic = Enriched.newArticleId();
        String english = Enriched.newArticleId();
        String ar = "أصيب ما لا يقل عن 40 جنديا في هجوم صاروخي على قاعدة عين الأسد يوم 13 يناير 2020 وتبنته جماعة النصر.";
        tap.publish("ar.paragraph", Enriched.segment(arabic, 0, 1, "ar", ar, "2020-01-14")
                .mention("FACILITY", "قاعدة عين الأسد", base, "Ain al-Asad Air Base", 33.8, 42.44)
                .mention("ORGANIZATION", "جماعة النصر", group, null, null, null)
                .timex("13 يناير 2020", "2020-01-13", "DAY")
                .event("ATTACK", "هجوم", "2020-01-13", "DAY", base, new JsonArray().add(group), null, false, 40, true,
                        "هجوم صاروخي على قاعدة عين الأسد")
                .encode());
        String en = "In January 2020, 34 soldiers were injured in the missile attack on Ain al-Asad air base.";
        tap.publish("en.paragraph", Enriched.segment(english, 0, 2, "en", en, "2020-02-10")
                .mention("FACILITY", "Ain al-Asad air base", base, "Ain al-Asad Air Base", 33.8, 42.44)
                .timex("January 2020", "2020-01", "MONTH")
                .event("ATTACK", "attack", "2020-01", "MONTH", base, new JsonArray(), null, false, 34, false,
                        "Missile attack on Ain al-Asad air base")
                .encode());
        String later = "On February 3, 2020 officials met in Baghdad.";
        tap.publish("en.paragraph", Enriched.segment(english, 1, 2, "en", later, "2020-02-10")
                .mention("LOCATION", "Baghdad", "location:test-baghdad-" + suffix, "Baghdad", 33.3, 44.4)
                .timex("February 3, 2020", "2020-02-03", "DAY")
                .event("MEETING", "met", "2020-02-03", "DAY", "location:test-baghdad-" + suffix, new JsonArray(), null,
                        false, null, false, null)
                .encode());
        for (String id : List.of(arabic, english)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/articles/" + id)
                    .then().statusCode(200).body("complete", equalTo(true)));
        }
        return new Story(arabic, english, base, group);
    }

    @Test
    void twoArticlesReportingOneAttackBecomeOneEventThatKeepsEachFigure() throws Exception {
        Story s = publishStory();
        JsonPath page = given().queryParam("entity", s.base()).get("/api/timeline").then().statusCode(200)
                .body("events", hasSize(1)).extract().jsonPath();
        assertEquals("2020-01-13", page.getString("events[0].date"), "the more exact date wins");
        assertEquals("DAY", page.getString("events[0].precision"));
        assertEquals(40, page.getInt("events[0].injured"), "the highest figure is shown");
        assertEquals(Boolean.TRUE, page.getBoolean("events[0].injuredAtLeast"));
        assertEquals(Boolean.TRUE, page.getBoolean("events[0].figuresDiffer"));
        List<Integer> figures = page.getList("events[0].sources.injured", Integer.class);
        assertTrue(figures.containsAll(List.of(40, 34)), "each source keeps its own figure: " + figures);
        // why a source joined is on the sources endpoint (the page's representatives leave it out)
        List<String> why = given().get("/api/events/" + page.getLong("events[0].id") + "/sources").then()
                .statusCode(200).extract().jsonPath().getList("sources.joinedBecause", String.class);
        assertEquals(1, why.stream().filter(w -> w != null).count(), "one source joined the other: " + why);
        assertTrue(why.stream().anyMatch(w -> w != null && w.contains("same place " + s.base())), why.toString());
        assertTrue(page.getList("events[0].sources.articleId").containsAll(List.of(s.arabic(), s.english())));
        assertEquals(s.base(), page.getString("events[0].place.key"));
        assertEquals("Ain al-Asad Air Base", page.getString("events[0].entities.find { it.role == 'PLACE' }.name"));
        assertTrue(page.getList("events[0].entities.key").contains(s.group()), "the actor is one of its entities");
    }

    @Test
    void eachEventsStoredDocumentIsExactlyTheJsonOfAChronologyEvent() throws Exception {
        Story s = publishStory();
        // the JSON form copies each event's document (event.doc, rendered in SQL) as stored; every other form reads
        // it into ChronologyEvent. A field the record does not know, or a null the API leaves out, fails here
        var strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (var q : List.of(TimelineQuery.all(500).withEntity(s.base()), TimelineQuery.all(1).withArticle(s.english()))) {
            var written = json.readTree(queries.timelineJson(q).await().atMost(Duration.ofSeconds(10)).body());
            assertTrue(written.path("events").size() > 0, written.toString());
            for (var doc : written.path("events")) {
                var event = strict.treeToValue(doc, ChronologyEvent.class);
                assertEquals(doc, json.readTree(json.writeValueAsBytes(event)), "read and written back unchanged");
            }
            var parsed = json.readTree(json.writeValueAsBytes(queries.timeline(q).await().atMost(Duration.ofSeconds(10))));
            assertEquals(parsed, written, "the JSON page and the page of events are one page");
        }
        var paged = json.readTree(queries.timelineJson(TimelineQuery.all(1).withArticle(s.english()))
                .await().atMost(Duration.ofSeconds(10)).body());
        assertTrue(paged.path("next").isTextual(), "a page of one of the article's two events goes on: " + paged);
    }

    @Test
    void anEntityNamedLaterIsShownByItsNewNamesInEventsStoredBefore() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String town = "location:test-town-" + suffix;
        String first = Enriched.newArticleId();
        tap.publish("en.paragraph", Enriched.segment(first, 0, 1, "en", "Shelling hit Qaryat today.", "2022-03-02")
                .mention("LOCATION", "Qaryat", town, null, null, null)
                .event("ATTACK", "Shelling", "2022-03-02", "DAY", town, new JsonArray(), null, false, null, false, null)
                .encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/articles/" + first + "/timeline")
                .then().statusCode(200).body("events", hasSize(1)).body("events[0].entities[0].name", equalTo("Qaryat"))
                .body("events[0].entities[0].role", equalTo("PLACE")).body("events[0].place.key", equalTo(town))
                .body("events[0].place.lat", nullValue()));
        String second = Enriched.newArticleId();
        tap.publish("ar.paragraph", Enriched.segment(second, 0, 1, "ar", "وصل وفد إلى قرية القريات.", "2022-03-05")
                .mention("LOCATION", "القريات", town, "Al-Qaryatayn", 34.23, 37.24).encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/articles/" + first + "/timeline")
                .then().statusCode(200).body("events[0].entities[0].name", equalTo("Al-Qaryatayn"))
                .body("events[0].entities[0].nameAr", equalTo("القريات"))
                .body("events[0].place.lat", equalTo(34.23f))
                // each thing once: the place's names are its entity's, its coordinates the place's
                .body("events[0].place.name", nullValue()).body("events[0].entities[0].lat", nullValue()));
    }

    @Test
    void anEntitysTimelineFollowsItsEventsWhenADateBecomesMoreExact() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String town = "location:test-harbour-" + suffix;
        // a meeting on 10 March, and an attack first known only as "in March" (so it starts on the 1st)
        String first = Enriched.newArticleId();
        tap.publish("en.paragraph", Enriched.segment(first, 0, 1, "en",
                "Envoys met in Marsa on 10 March 2021. In March 2021 rockets hit Marsa.", "2021-04-02")
                .mention("LOCATION", "Marsa", town, "Marsa", 35.0, 36.0)
                .event("MEETING", "met", "2021-03-10", "DAY", town, new JsonArray(), null, false, null, false, null)
                .event("ATTACK", "hit", "2021-03", "MONTH", town, new JsonArray(), 2, false, null, false, null)
                .encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("entity", town)
                .get("/api/timeline").then().statusCode(200).body("events.type", equalTo(List.of("ATTACK", "MEETING"))));
        // a later report dates the attack to 20 March: the same event, now after the meeting on the town's timeline
        String second = Enriched.newArticleId();
        tap.publish("en.paragraph", Enriched.segment(second, 0, 1, "en", "Rockets hit Marsa on 20 March 2021.",
                "2021-03-21")
                .mention("LOCATION", "Marsa", town, "Marsa", 35.0, 36.0)
                .event("ATTACK", "hit", "2021-03-20", "DAY", town, new JsonArray(), 2, false, null, false, null)
                .encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("entity", town)
                .get("/api/timeline").then().statusCode(200).body("events.type", equalTo(List.of("MEETING", "ATTACK")))
                .body("events[1].date", equalTo("2021-03-20")).body("events[1].sourceCount", equalTo(2)));
        given().queryParam("entity", town).queryParam("from", "2021-03-15").get("/api/timeline").then()
                .body("events.type", equalTo(List.of("ATTACK")));
        given().queryParam("entity", town).queryParam("to", "2021-03-15").get("/api/timeline").then()
                .body("events.type", equalTo(List.of("MEETING")));
        // a page at a time, by the cursor, on the entity's own timeline
        String next = given().queryParam("entity", town).queryParam("limit", 1).get("/api/timeline").then()
                .body("events.type", equalTo(List.of("MEETING"))).extract().path("next");
        given().queryParam("entity", town).queryParam("limit", 1).queryParam("cursor", next).get("/api/timeline")
                .then().body("events.type", equalTo(List.of("ATTACK"))).body("next", nullValue());
        // a name two entities share finds both entities' events, still in date order
        String twin = "location:test-marsa-bay-" + suffix;
        String third = Enriched.newArticleId();
        tap.publish("en.paragraph", Enriched.segment(third, 0, 1, "en",
                "A ferry sank off Marsa " + suffix + " on 1 March 2021.", "2021-03-02")
                .mention("LOCATION", "Marsa " + suffix, twin, "Marsa " + suffix, null, null)
                .event("ACCIDENT", "sank", "2021-03-01", "DAY", twin, new JsonArray(), null, false, null, false, null)
                .encode());
        String named = given().get("/api/entities/" + town).then().extract().path("name");
        tap.publish("en.paragraph", Enriched.segment(Enriched.newArticleId(), 0, 1, "en", "Marsa " + suffix + " port.",
                "2021-03-03").mention("LOCATION", "Marsa " + suffix, town, named, null, null).encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("entity", "marsa " + suffix)
                .get("/api/timeline").then().statusCode(200)
                .body("events.type", equalTo(List.of("ACCIDENT", "MEETING", "ATTACK"))));
        given().queryParam("entity", "no such place " + suffix).get("/api/timeline").then().statusCode(200)
                .body("events", empty());
    }

    @Test
    void everyConnectionPlansAStatementForItsParameters() {
        // cached prepared statements must not fall back to a generic plan (application.properties)
        String mode = pool.query("select current_setting('plan_cache_mode')").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
        assertEquals("force_custom_plan", mode);
    }

    @Test
    void reingestingAnArticleChangesNothing() throws Exception {
        Story s = publishStory();
        String ar = "أصيب ما لا يقل عن 40 جنديا في هجوم صاروخي على قاعدة عين الأسد يوم 13 يناير 2020 وتبنته جماعة النصر.";
        String again = Enriched.segment(s.arabic(), 0, 1, "ar", ar, "2020-01-14")
                .mention("FACILITY", "قاعدة عين الأسد", s.base(), "Ain al-Asad Air Base", 33.8, 42.44)
                .event("ATTACK", "هجوم", "2020-01-13", "DAY", s.base(), new JsonArray(), null, false, 99, false, "x")
                .encode();
        tap.publish("ar.paragraph", again);
        String marker = Enriched.newArticleId(); // published after the redelivery: once stored, the redelivery was seen
        tap.publish("en.paragraph", Enriched.segment(marker, 0, 1, "en", "Nothing happened.", "2020-01-01").encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/articles/" + marker)
                .then().statusCode(200));
        given().queryParam("entity", s.base()).get("/api/timeline").then().statusCode(200)
                .body("events", hasSize(1)).body("events[0].sources", hasSize(2))
                .body("events[0].injured", equalTo(40));
        given().get("/api/articles/" + s.arabic()).then().body("segments", hasSize(1))
                .body("segments[0].mentions", hasSize(2));
    }

    /** entity-service keys a person by the skeleton of the name, whatever the script: a query in Latin finds it. */
    @Test
    void aPersonNamedInArabicIsFoundByTheLatinSpellingOfTheName() throws Exception {
        String article = Enriched.newArticleId();
        String ar = "وقال المتحدث باسم مجلس الأمن القومي جون كيربي يوم 5 مارس 2024 إن المحادثات مستمرة.";
        tap.publish("ar.paragraph", Enriched.segment(article, 0, 1, "ar", ar, "2024-03-06")
                .mention("PERSON", "جون كيربي", "person:jn-krb", null, null, null)
                .timex("5 مارس 2024", "2024-03-05", "DAY")
                .event("STATEMENT", "وقال", "2024-03-05", "DAY", null, new JsonArray().add("person:jn-krb"), null,
                        false, null, false, "جون كيربي: المحادثات مستمرة")
                .encode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/articles/" + article)
                .then().statusCode(200).body("complete", equalTo(true)));
        for (String name : List.of("John Kirby", "john kirby", "جون كيربي", "person:jn-krb")) {
            given().queryParam("entity", name).queryParam("article", article).get("/api/timeline").then()
                    .statusCode(200).body("events", hasSize(1));
        }
        given().queryParam("entity", "John Kerry").queryParam("article", article).get("/api/timeline").then()
                .statusCode(200).body("events", hasSize(0));
    }

    @Test
    void filtersFindTheEventByArabicSpellingVariantsTextLanguageAndPrecision() throws Exception {
        Story s = publishStory();
        String article = s.arabic();
        // no hamza, ta marbuta as ha: the same name to a reader
        given().queryParam("entity", "قاعده عين الاسد").queryParam("article", article).get("/api/timeline")
                .then().statusCode(200).body("events", hasSize(1));
        given().queryParam("entity", "AIN AL-ASAD AIR BASE").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1));
        // part of a name, as a user types it: whole words of a known name, with or without the article
        given().queryParam("entity", "عين الاسد").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1));
        given().queryParam("entity", "Ain al-Asad").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1));
        given().queryParam("entity", "عين الأس").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(0)); // words, not letters
        given().queryParam("place", s.base()).get("/api/timeline").then().body("events", hasSize(1));
        given().queryParam("q", "صاروخى الاسد").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1));
        given().queryParam("q", "missile").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1)); // the English source's words are the event's too
        given().queryParam("q", "طائرة مسيرة").queryParam("article", article).get("/api/timeline")
                .then().body("events", empty());
        given().queryParam("lang", "en").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1));
        given().queryParam("lang", "fr").queryParam("article", article).get("/api/timeline")
                .then().body("events", empty());
        given().queryParam("minPrecision", "DAY").queryParam("entity", s.base()).get("/api/timeline")
                .then().body("events", hasSize(1));
        given().queryParam("type", "KILLING,STATEMENT").queryParam("article", article).get("/api/timeline")
                .then().body("events", empty());
        given().queryParam("type", "attack").queryParam("article", article).get("/api/timeline")
                .then().body("events", hasSize(1));
        given().queryParam("from", "2020-01-14").queryParam("article", article).get("/api/timeline")
                .then().body("events", empty());
        given().queryParam("from", "2020-01").queryParam("to", "2020-01").queryParam("article", article)
                .get("/api/timeline").then().body("events", hasSize(1));
        given().queryParam("entity", s.group()).get("/api/timeline").then().body("events", hasSize(1));
    }

    @Test
    void pagesFollowTheCursorInDateOrder() throws Exception {
        Story s = publishStory();
        JsonPath first = given().queryParam("article", s.english()).queryParam("limit", 1).get("/api/timeline")
                .then().statusCode(200).header("Link", containsString("rel=\"next\"")).extract().jsonPath();
        assertEquals("2020-01-13", first.getString("events[0].date"));
        given().queryParam("article", s.english()).queryParam("limit", 1).queryParam("cursor", first.getString("next"))
                .get("/api/timeline").then().body("events[0].date", equalTo("2020-02-03")).body("next", nullValue());
        given().get("/api/articles/" + s.english() + "/timeline").then().statusCode(200).body("events", hasSize(2))
                .body("events.type", equalTo(List.of("ATTACK", "MEETING")));
    }

    @Test
    void exportsByAcceptHeaderOrFormatParameter() throws Exception {
        Story s = publishStory();
        String path = "/api/articles/" + s.english() + "/timeline";
        given().accept("text/csv").get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("id,date,earliest,latest,precision,type,summary"))
                .body(containsString("Ain al-Asad Air Base"));
        given().queryParam("format", "ics").get(path).then().statusCode(200).contentType(startsWith("text/calendar"))
                .body(startsWith("BEGIN:VCALENDAR\r\n")).body(containsString("DTSTART;VALUE=DATE:20200113"));
        given().accept("application/geo+json").get(path).then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection")).body("features", hasSize(2))
                .body("features[0].geometry.coordinates", equalTo(List.of(42.44f, 33.8f)));
        given().queryParam("format", "timelinejs").get(path).then().statusCode(200)
                .body("events", hasSize(2)).body("events[0].start_date.year", equalTo("2020"))
                .body("events[0].start_date.day", equalTo("13")).body("events[1].group", equalTo("MEETING"));
        given().accept("text/plain").get(path).then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("2020-01-13")).body(containsString("2 events"));
        given().accept("application/json").queryParam("format", "csv").get(path).then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    void entitiesAreFoundUnderEveryNameAndSpelling() throws Exception {
        Story s = publishStory();
        given().queryParam("q", "عين الاسد").get("/api/entities").then().statusCode(200)
                .body("entities.key", hasItem(s.base()));
        given().get("/api/entities/" + s.base()).then().statusCode(200)
                .body("name", equalTo("Ain al-Asad Air Base")).body("nameAr", equalTo("قاعدة عين الأسد"))
                .body("aliases.lang", hasItem("ar")).body("aliases.lang", hasItem("en"))
                .body("events", equalTo(1)).body("articles", equalTo(2));
        given().get("/api/entities/" + s.base() + "/timeline").then().statusCode(200).body("events", hasSize(1));
        // by a name, in either script, as the entity's timeline is
        for (String name : new String[] { "قاعدة عين الأسد", "Ain al-Asad air base" }) {
            given().get("/api/entities/" + name).then().statusCode(200).body("key", equalTo(s.base()));
        }
        given().get("/api/entities/no:such-entity").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Unknown entity"));
        given().get("/api/entities/no:such-entity/timeline").then().statusCode(404);
        given().get("/api/articles").then().statusCode(200).body("articles.id", hasItem(s.arabic()));
    }

    @Test
    void aNulCharacterIsABadRequestOnEveryReadNotAnInternalError() {
        // PostgreSQL text cannot hold U+0000: these answered 500 when the NUL reached the database
        for (String path : new String[] { "/api/timeline?entity=%00", "/api/timeline?article=a%00b",
                "/api/timeline?source=%00", "/api/keydates?entity=%00", "/api/entities?q=%00",
                "/api/events/1/sources?outlet=%00", "/api/timeline?%00=x" }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Bad query parameter"))
                    .body("detail", containsString("NUL"));
        }
        for (String path : new String[] { "/api/entities/%00", "/api/entities/a%00/timeline", "/api/articles/%00",
                "/api/articles/%00/timeline" }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Bad path"));
        }
    }

    @Test
    void badFiltersAreProblemsThatSayWhatToSend() {
        for (String[] bad : new String[][] { { "minPrecision", "SECONDS" }, { "lang", "!!" }, { "type", "1" },
                { "limit", "abc" }, { "limit", "501" }, { "format", "xlsx" }, { "to", "2024-02-30" },
                { "q", "x".repeat(201) } }) {
            given().queryParam(bad[0], bad[1]).get("/api/timeline").then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Bad query parameter"))
                    .body("detail", notNullValue());
        }
        given().queryParam("offset", "-1").get("/api/articles").then().statusCode(400);
        given().queryParam("limit", 5000).queryParam("format", "csv").get("/api/timeline").then().statusCode(200);
        given().get("/api/articles/nope/timeline").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCachedPageIsReplacedAsSoonAsTheChronologyChanges() throws Exception {
        Story s = publishStory();
        given().queryParam("entity", s.group()).get("/api/timeline").then().body("events", hasSize(1)); // now cached
        String later = Enriched.newArticleId();
        String text = "جماعة النصر تعلن انسحابها في مارس 2020.";
        tap.publish("ar.paragraph", Enriched.segment(later, 0, 1, "ar", text, "2020-03-06")
                .mention("ORGANIZATION", "جماعة النصر", s.group(), null, null, null)
                .event("WITHDRAWAL", "انسحابها", "2020-03", "MONTH", null, new JsonArray().add(s.group()), null,
                        false, null, false, null).encode());
        // far sooner than the test profile's 60 s cache lifetime
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("entity", s.group())
                .get("/api/timeline").then().body("events.type", equalTo(List.of("ATTACK", "WITHDRAWAL"))));
        // a month overlaps a from= day inside it; minPrecision=DAY leaves it out
        given().queryParam("entity", s.group()).queryParam("from", "2020-03-15").get("/api/timeline").then()
                .body("events.type", equalTo(List.of("WITHDRAWAL"))).body("events[0].date", equalTo("2020-03"));
        given().queryParam("entity", s.group()).queryParam("to", "2020-03-01").queryParam("from", "2020-02-01")
                .get("/api/timeline").then().body("events.type", equalTo(List.of("WITHDRAWAL")));
        given().queryParam("entity", s.group()).queryParam("from", "2020-03-15").queryParam("minPrecision", "DAY")
                .get("/api/timeline").then().body("events", empty());
    }

    @Test
    void openApiDocumentsTheFiltersWithExamples() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/timeline/stream")).body(containsString("joinedBecause"))
                .body(containsString("minPrecision")).body(containsString("application/problem+json"));
    }

    @Test
    void timelinePageIsServed() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("/api/timeline")).body(containsString("dir="))
                .body(containsString("/assets/app.js"));
        // the page's code and its map base are served by the service itself: nothing from a CDN
        given().get("/assets/app.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/assets/app.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/assets/countries-110m.json").then().statusCode(200).body("type", equalTo("Topology"));
    }
}
