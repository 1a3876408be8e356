package org.tarikh.entity.enrichment;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bound on the bytes of messages being enriched at once. The consumer takes up to 64 messages and enriches them on
 * the worker pool (20 threads and more); enriching allocates tens of times a message's size, so a burst of large
 * articles (parts of up to {@code tarikh.parser.max-message-chars}) enriched together ran the service out of its heap
 * and dead-lettered valid articles. Each enrichment takes its message's size from this budget, first come first
 * served, and waits for it; a message larger than the whole budget takes all of it and runs alone. Articles of usual
 * size (a few KB) never wait: hundreds fit. One budget serves the queue and {@code POST /api/enrich}, whose texts
 * are weighed by {@link #weightOfText}.
 */
@ApplicationScoped
public class EnrichmentBudget {

    private final Semaphore kib;
    private final int capacityKib;

    EnrichmentBudget(
            @ConfigProperty(name = "tarikh.entity.max-bytes-enriching", defaultValue = "2097152") long capacityBytes) {
        if (capacityBytes < 1024) {
            throw new IllegalArgumentException("tarikh.entity.max-bytes-enriching must be at least 1024, not " + capacityBytes);
        }
        this.capacityKib = (int) Math.min(Integer.MAX_VALUE, capacityBytes / 1024);
        this.kib = new Semaphore(capacityKib, true);
    }

    /**
     * What a text sent to the API weighs: 8 bytes a character. A message's bytes count once, but a text of
     * one-character tokens (200,000 dots) takes far more memory per byte than prose; four such texts enriched at once
     * ran the service out of its heap. At this weight a 200,000-character text runs alone while articles of a few
     * thousand characters still run by the dozen.
     */
    public static long weightOfText(String text) {
        return 8L * text.length();
    }

    /** Runs {@code work} once {@code bytes} of the budget are free, and gives them back when it is done. */
    public <T> T within(long bytes, Supplier<T> work) {
        int n = (int) Math.max(1, Math.min(capacityKib, (bytes + 1023) / 1024));
        kib.acquireUninterruptibly(n);
        try {
            return work.get();
        } finally {
            kib.release(n);
        }
    }

    int availableKib() {
        return kib.availablePermits();
    }
}
