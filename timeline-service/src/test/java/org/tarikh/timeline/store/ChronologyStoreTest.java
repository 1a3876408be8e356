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
}
