package org.tarikh.timeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;

/**
 * A page of 50 events stays under 64 KB on the wire (issue 16), and each event's document bounded, when every event
 * is as heavy as a story told by many outlets: 30
 * sources in two languages with 600-character sentences, long titles and addresses, 40 entities with names in both
 * languages and coordinates (as long as bench/generate.sql's), a long summary. The events are written the way bench/generate.sql writes them (the
 * same tables, then event_recount and event_doc, the functions the ingest uses).
 */
@QuarkusTest
class PageSizeTest {

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aPageOfFiftyHeavyEventsStaysUnder64Kilobytes() throws Exception {
        String tag = "size" + UUID.randomUUID().toString().substring(0, 8);
        String sql = """
                insert into entity (key, type, name, name_ar, lat, lon)
                select 'location:%1$s-' || g, 'LOCATION', 'Deir ez-Zor district ' || g, 'دير الزور الحي ' || g,
                       33 + g / 100.0, 44 + g / 100.0
                  from generate_series(0, 39) g;
                insert into article (id, title, source, url, lang, published_at, published_date, segment_total)
                select '%1$s-a' || g, repeat('A long headline about the attack and what followed ', 4),
                       'Outlet number ' || g, 'https://news.example.org/2024/01/30/' || repeat('long-path-', 10) || g,
                       case when g %% 2 = 0 then 'en' else 'ar' end, '2024-01-' || lpad((1 + g)::text, 2, '0'),
                       date '2024-01-01' + g, 1
                  from generate_series(0, 29) g;
                insert into segment (id, article_id, seq, kind, lang, text, start_offset, end_offset)
                select a.id || '-0', a.id, 0, 'PARAGRAPH', a.lang, repeat('x', 4000), 0, 4000
                  from article a where a.id like '%1$s-%%';
                insert into event (type, date_value, date_earliest, date_latest, precision, precision_rank,
                                   date_basis, place_key, summary, killed, killed_at_least, injured,
                                   injured_at_least, figures_differ, confidence, search_text)
                select 'ATTACK', '2024-01-' || lpad((1 + n %% 28)::text, 2, '0'),
                       date '2024-01-01' + n %% 28, date '2024-01-01' + n %% 28, 'DAY', 7, 'TIMEX',
                       'location:%1$s-0', repeat('A rocket attack on the base that wounded soldiers ', 12),
                       40, true, 120, false, true, 0.9, '%1$s'
                  from generate_series(1, 50) n;
                insert into event_entity (event_id, entity_key, role)
                select e.id, 'location:%1$s-' || g, case when g = 0 then 'PLACE' when g < 10 then 'ACTOR'
                                                          when g < 20 then 'TARGET' else 'MENTIONED' end
                  from event e cross join generate_series(0, 39) g where e.search_text = '%1$s';
                insert into event_source (event_id, segment_id, article_id, lang, type, sentence_start, sentence_end,
                                          sentence, trigger, trigger_start, date_value, precision, date_basis,
                                          killed, killed_at_least, injured, injured_at_least, confidence,
                                          joined_because)
                select e.id, a.id || '-0', a.id, a.lang, 'ATTACK', 10 * e.id, 10 * e.id + 600,
                       case when a.lang = 'ar' then repeat('هجوم صاروخي على القاعدة أسفر عن إصابة جنود ', 14)
                            else repeat('A rocket attack on the base wounded many soldiers ', 12) end,
                       'attack', 10 * e.id, case when g %% 3 = 0 then e.date_value else '2024-01' end,
                       case when g %% 3 = 0 then 'DAY' else 'MONTH' end, 'TIMEX', 30 + g, g > 3, 100 + g, false, 0.8,
                       case when g > 0 then repeat('same type ATTACK; same place; ', 6) end
                  from event e join generate_series(0, 29) g on true join article a on a.id = '%1$s-a' || g
                 where e.search_text = '%1$s';
                do $$ declare r record; begin
                    for r in select id from event where search_text = '%1$s' loop perform event_recount(r.id); end loop;
                end $$;
                update event e set doc = event_doc(e) where e.search_text = '%1$s';
                """.formatted(tag);
        for (String statement : sql.split(";\n(?!\\s*(for|end|perform))")) {
            if (!statement.isBlank()) {
                pool.query(statement).execute().await().atMost(Duration.ofSeconds(60));
            }
        }

        String path = "/api/timeline?limit=50&entity=location:" + tag + "-0";
        byte[] body = given().accept("application/json").when().get(path)
                .then().statusCode(200).extract().asByteArray();
        JsonNode page = json.readTree(body);
        assertEquals(50, page.path("events").size());
        // the document of an event has a bounded size: ~1.75 KB for this shape, whatever its counts (1.94 KB before
        // each thing was said once: the place's names twice, its coordinates twice, a day's first and last day)
        assertTrue(body.length <= 50 * 1780, "a page of 50 heavy events is " + body.length + " bytes");
        // and what travels, to a client that accepts gzip (browsers, curl --compressed), is far under 64 KB
        var wire = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Accept", "application/json").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", wire.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(wire.body().length <= 64 * 1024, "on the wire " + wire.body().length + " bytes");
        assertEquals(page, json.readTree(new GZIPInputStream(new ByteArrayInputStream(wire.body()))));
        for (JsonNode e : page.path("events")) {
            for (String field : new String[] {"id", "date", "precision", "type", "summary", "killed", "injured",
                    "entities", "sources", "sourceCount", "articleCount", "outletCount", "langs"}) {
                assertTrue(e.hasNonNull(field), field + " in " + e);
            }
            assertEquals(30, e.path("sourceCount").asInt());
            assertEquals(40, e.path("entityCount").asInt());
            assertTrue(e.path("entities").size() <= 4, e.path("entities").toString());
            JsonNode sources = e.path("sources");
            // the first report (an English one dated to the month), the most exact (to the day), the first Arabic one
            assertTrue(sources.size() >= 2 && sources.size() <= 3, sources.toString());
            for (JsonNode s : sources) {
                assertTrue(s.path("text").asText().length() <= 100, s.toString());
                assertTrue(s.path("textCut").asBoolean(), s.toString());
                assertTrue(s.hasNonNull("articleId") && s.hasNonNull("segmentId"), s.toString());
            }
            // each thing once: where is the place's key and coordinates, its names are its entity's
            assertEquals("PLACE", e.path("entities").get(0).path("role").asText());
            assertEquals(e.path("place").path("key"), e.path("entities").get(0).path("key"));
            assertTrue(!e.path("place").has("name") && !e.path("entities").get(0).has("lat"), e.toString());
            assertTrue(!e.has("earliest") && !e.has("latest"), "a day is its own first and last day: " + e);
            e.fields().forEachRemaining(f -> assertTrue(!f.getValue().isNull()
                    && !(f.getValue().isContainerNode() && f.getValue().isEmpty()), "no empty field: " + f));
        }
        // the whole sentence, title and address of each stay one request away
        long event = page.path("events").get(0).path("id").asLong();
        String whole = given().queryParam("limit", 1).when().get("/api/events/" + event + "/sources")
                .then().statusCode(200).extract().path("sources[0].text");
        assertTrue(whole.length() > 500, whole);
        System.out.printf("page of 50 heavy events: %d bytes, %d gzipped%n", body.length, wire.body().length);
    }
}
