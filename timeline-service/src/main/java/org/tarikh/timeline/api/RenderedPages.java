package org.tarikh.timeline.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tarikh.timeline.chronology.ChronologyTable;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.chronology.TimelineQuery;
import org.tarikh.timeline.export.CsvExport;
import org.tarikh.timeline.export.GeoJsonExport;
import org.tarikh.timeline.export.ICalendarExport;
import org.tarikh.timeline.export.TimelineJsExport;
import org.tarikh.timeline.store.ChronologyChanges;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pages of the chronology rendered in the form asked for, kept until the chronology changes (a NOTIFY from any
 * replica, or this replica's own commit) and at most {@code tarikh.timeline.cache-ttl}: readers ask the same
 * questions far more often than segments arrive. Concurrent readers of one page share one query and one rendering.
 */
@ApplicationScoped
public class RenderedPages {

    /** A page as sent: its body and the cursor of the next page. */
    public record Rendered(byte[] body, String next) {
    }

    private record Key(ChronologyFormat format, String title, TimelineQuery query) {
    }

    private record Cached(long generation, long bornNanos, Uni<Rendered> page) {
    }

    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
    private final ChronologyChanges changes;
    private final ObjectMapper json;
    private final long ttlNanos;
    private final int maxEntries;

    RenderedPages(ChronologyChanges changes, ObjectMapper json,
            @ConfigProperty(name = "tarikh.timeline.cache-ttl", defaultValue = "5s") Duration ttl,
            @ConfigProperty(name = "tarikh.timeline.cache-entries", defaultValue = "2000") int maxEntries) {
        this.changes = changes;
        this.json = json;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    Uni<Rendered> page(ChronologyFormat format, String title, TimelineQuery query, Supplier<Uni<TimelinePage>> read) {
        return cached(new Key(format, title, query),
                Uni.createFrom().deferred(read::get).map(page -> render(format, title, page)));
    }

    /** A page the database wrote as it is sent (the JSON form), cached like any other. */
    Uni<Rendered> pageAsWritten(ChronologyFormat format, String title, TimelineQuery query,
            Supplier<Uni<Rendered>> read) {
        return cached(new Key(format, title, query), Uni.createFrom().deferred(read::get));
    }

    private Uni<Rendered> cached(Key key, Uni<Rendered> fresh) {
        if (maxEntries <= 0 || ttlNanos <= 0) {
            return fresh;
        }
        long generation = changes.generation();
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        if (hit != null && hit.generation() == generation && now - hit.bornNanos() < ttlNanos) {
            return hit.page();
        }
        if (cache.size() >= maxEntries) {
            cache.clear(); // crude but bounded: a burst of distinct questions costs one refill
        }
        Cached entry = new Cached(generation, now, fresh.memoize().indefinitely());
        cache.put(key, entry);
        return entry.page().onFailure().invoke(e -> cache.remove(key, entry));
    }

    private Rendered render(ChronologyFormat format, String title, TimelinePage page) {
        Object body = switch (format) {
            case JSON -> page;
            case TEXT -> ChronologyTable.render(page.events())
                    + (page.next() == null ? "" : "more: add &cursor=" + page.next() + "\n");
            case CSV -> CsvExport.render(page.events());
            case TIMELINEJS -> TimelineJsExport.render(title, page.events());
            case GEOJSON -> GeoJsonExport.render(page.events());
            case ICS -> ICalendarExport.render(page.events(), Instant.now());
        };
        try {
            byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(body);
            return new Rendered(bytes, page.next());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chronology page could not be written as JSON", e);
        }
    }
}
