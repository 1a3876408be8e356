package org.tarikh.timeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedMessage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/** The store itself, against the real database: what an ingest writes and merges. */
@QuarkusTest
class ChronologyStoreTest {

    @Inject
    ChronologyStore store;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    IngestResult ingest(Enriched message) throws Throwable {
        EnrichedMessage m = EnrichedMessage.decode(json, message.encode().getBytes(StandardCharsets.UTF_8));
        return VertxContextSupport.subscribeAndAwait(() -> store.ingest(m));
    }

    long count(String sql, Object... args) {
        return pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void anEventWhoseKeysRepeatTakesMoreSources() throws Throwable {
        // the same group is one source's actor and another's target: the event lists its key twice (two roles),
        // which once made every later report of the day fail with "duplicate element" and go to the dead letters
        String group = "organization:repeat-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Fighters of the Dawn Group attacked a checkpoint on 2021-05-04.";
        for (int i = 0; i < 3; i++) {
            Enriched m = Enriched.segment(Enriched.newArticleId(), 0, 1, "en", text, "2021-05-05")
                    .mention("ORGANIZATION", "Dawn Group", group, "Dawn Group", null, null)
                    .event("ATTACK", "attacked", "2021-05-04", "DAY", null,
                            i == 1 ? new JsonArray() : new JsonArray().add(group), null, false, null, false, null);
            if (i == 1) {
                m.targets(group);
            }
            IngestResult result = ingest(m);
            assertTrue(result.stored());
        }
        assertEquals(2, count("select count(distinct role) from event_entity where entity_key = $1", group));
        assertEquals(1, count("select count(distinct event_id) from event_entity where entity_key = $1", group));
        assertEquals(3, count("select count(*) from event_source s join event_entity x on x.event_id = s.event_id"
                + " where x.entity_key = $1 and x.role = 'ACTOR'", group));
    }

    @Test
    void anEventsRowStaysTheSameSizeHoweverManySourcesReportIt() throws Throwable {
        String place = "location:bounded-" + UUID.randomUUID().toString().substring(0, 8);
        long docAfterFive = 0;
        for (int i = 0; i < 60; i++) {
            boolean arabic = i % 3 == 0;
            String text = arabic ? "قتل " + (10 + i % 7) + " في هجوم على سوق كركوك يوم 2 يونيو 2022."
                    : (10 + i % 7) + " were killed in an attack on a market in Kirkuk on June 2, 2022.";
            ingest(Enriched.segment(Enriched.newArticleId(), 0, 1, arabic ? "ar" : "en", text, "2022-06-03")
                    .outlet("Outlet " + (i % 12), "https://example.org/" + i, "Market attack " + i)
                    .mention("LOCATION", arabic ? "كركوك" : "Kirkuk", place, "Kirkuk", 35.47, 44.39)
                    .event("ATTACK", arabic ? "هجوم" : "attack", "2022-06-02", "DAY", place, new JsonArray(),
                            10 + i % 7, i % 2 == 0, null, false, null));
            if (i == 4) {
                docAfterFive = count("select length(doc::text) from event where place_key = $1", place);
            }
        }
        var row = pool.preparedQuery("""
                select source_count, article_count, outlet_count, killed, killed_min, killed_at_least, figures_differ,
                       json_array_length(doc -> 'sources'), length(doc::text), langs
                  from event where place_key = $1""").execute(Tuple.of(place)).await().indefinitely();
        assertEquals(1, row.size(), "one event");
        var e = row.iterator().next();
        assertEquals(60, e.getInteger(0));
        assertEquals(60, e.getInteger(1));
        assertEquals(12, e.getInteger(2));
        assertEquals(16, e.getInteger(3));
        assertEquals(10, e.getInteger(4));
        // 16 killed is said by sources 6, 13, 20, ...: with and without "at least"
        assertEquals(false, e.getBoolean(5));
        assertEquals(true, e.getBoolean(6));
        assertEquals(2, e.getInteger(7), "the first report (also the most exact) and the first in the other language");
        // other representatives than after five, but as many: a few bytes more or less, never a sentence per source
        assertTrue(e.getInteger(8) <= docAfterFive + 300, "the document grew from " + docAfterFive + " to "
                + e.getInteger(8) + " bytes");
        assertEquals(java.util.List.of("ar", "en"), java.util.Arrays.asList(e.getArrayOfStrings(9)));
    }
}
