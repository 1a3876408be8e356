package org.tarikh.timeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedMessage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

/**
 * The project's brief fixes timeline-service's stack: Hibernate Reactive Panache on PostgreSQL. The ingest writes
 * through the reactive client's SQL for speed (docs/benchmarks.md); an article and its paragraphs are read through
 * their Panache entities, which map the same rows the ingest writes. Keep Hibernate Reactive: make its reads cheaper
 * rather than removing it.
 */
@QuarkusTest
class StoredArticleTest {

    @Inject
    ChronologyStore store;

    @Inject
    ObjectMapper json;

    @Test
    void anIngestedArticleIsReadBackThroughItsPanacheEntities() throws Throwable {
        String id = Enriched.newArticleId();
        EnrichedMessage m = EnrichedMessage.decode(json, Enriched.segment(id, 0, 1, "en",
                "Talks resumed in Geneva on Monday, officials said.", "2024-03-05")
                .outlet("Wire A", "https://a.example/" + id, "Talks resume").encode().getBytes(StandardCharsets.UTF_8));
        VertxContextSupport.subscribeAndAwait(() -> store.ingest(m));

        StoredArticle article = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> StoredArticle.<StoredArticle>findById(id)));
        assertEquals("Wire A", article.source);
        assertEquals("2024-03-05", article.publishedDate.toString());
        assertEquals(1, article.segmentTotal);
        long segments = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> StoredSegment.count("articleId", id)));
        assertEquals(1, segments);
        assertNull(VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> StoredArticle.<StoredArticle>findById(id + "-none"))));
    }
}
