package org.tarikh.entity.enrichment;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.tarikh.entity.document.ArticleContext;

/**
 * The {@link ArticleContext} of each article whose segments entity-service is enriching one message at a time, by
 * article id: what its earlier segments taught (persons named in full, caption dates). Bounded twice, since the service
 * must run for months on any traffic: at most {@code capacity} articles (the least recently used is forgotten first),
 * and an article not seen for {@code ttl} is forgotten (its segments arrive together; a late one is enriched without
 * the memory, as the REST path is without an article id). Once an article is enriched in one call with all its
 * segments, the context lives for that call only and this memory is no longer needed. Thread-safe.
 */
public final class ArticleMemory {

    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Entry> articles;

    private static final class Entry {
        final ArticleContext context = new ArticleContext();
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

    /** The context of an article, with what its earlier segments taught (a fresh one for an article not seen). */
    public synchronized ArticleContext context(String articleId) {
        long now = clock.getAsLong();
        expire(now);
        Entry e = articles.computeIfAbsent(articleId, id -> new Entry());
        e.lastUsed = now;
        return e.context;
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
