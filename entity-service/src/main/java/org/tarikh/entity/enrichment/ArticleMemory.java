package org.tarikh.entity.enrichment;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.tarikh.entity.ner.ArticlePersons;
import org.tarikh.entity.time.Timex;

/**
 * What entity-service remembers of the articles whose segments it is enriching: the persons each has named, by
 * article id. Bounded twice, since the service must run for months on any traffic: at most {@code capacity} articles
 * (the least recently used is forgotten first), and an article not seen for {@code ttl} is forgotten (its segments
 * arrive together; a late one is enriched without the memory, as the REST path is without an article id).
 * Thread-safe.
 */
public final class ArticleMemory {

    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Entry> articles;

    /** Caption dates kept per article: photos per article are few; a runaway article cannot grow without bound. */
    static final int MAX_CAPTIONS = 256;

    private static final class Entry {
        final ArticlePersons persons = new ArticlePersons();
        final Map<String, Timex> captionDates = new HashMap<>();
        long lastUsed;
    }

    public ArticleMemory(int capacity, Duration ttl) {
        this(capacity, ttl, System::nanoTime);
    }

    /** @param clock nanoseconds, monotonic (tests pass their own) */
    public ArticleMemory(int capacity, Duration ttl, LongSupplier clock) {
        if (capacity < 1 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("capacity " + capacity + " and ttl " + ttl + " must be positive");
        }
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        this.articles = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > ArticleMemory.this.capacity;
            }
        };
    }

    /** The persons of an article, remembered from its earlier segments (empty for an article not seen). */
    public synchronized ArticlePersons persons(String articleId) {
        return entry(articleId).persons;
    }

    /** Remembers the date a caption segment gives its photo, for the caption that pairs with it. */
    public synchronized void rememberCaptionDate(String articleId, String segmentId, Timex date) {
        Entry e = entry(articleId);
        if (e.captionDates.size() < MAX_CAPTIONS) {
            e.captionDates.put(segmentId, date);
        }
    }

    /** The date an earlier caption segment of the article gave its photo. */
    public synchronized Optional<Timex> captionDate(String articleId, String segmentId) {
        return Optional.ofNullable(entry(articleId).captionDates.get(segmentId));
    }

    private Entry entry(String articleId) {
        long now = clock.getAsLong();
        expire(now);
        Entry e = articles.computeIfAbsent(articleId, id -> new Entry());
        e.lastUsed = now;
        return e;
    }

    /** How many articles are remembered now. */
    public synchronized int size() {
        expire(clock.getAsLong());
        return articles.size();
    }

    // access order: the eldest entries are the least recently used, so expiry stops at the first fresh one
    private void expire(long now) {
        Iterator<Entry> it = articles.values().iterator();
        while (it.hasNext()) {
            if (now - it.next().lastUsed <= ttlNanos) {
                return;
            }
            it.remove();
        }
    }
}
