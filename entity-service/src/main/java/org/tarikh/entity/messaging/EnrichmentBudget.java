package org.tarikh.entity.messaging;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A bound on the bytes of messages being enriched at once. The consumer takes up to 64 messages and enriches them on
 * the worker pool (20 threads and more); enriching allocates tens of times a message's size, so a burst of large
 * articles (parts of up to {@code tarikh.parser.max-message-chars}) enriched together ran the service out of its heap
 * and dead-lettered valid articles. Each enrichment takes its message's size from this budget, first come first
 * served, and waits for it; a message larger than the whole budget takes all of it and runs alone. Articles of usual
 * size (a few KB) never wait: hundreds fit.
 */
final class EnrichmentBudget {

    private final Semaphore kib;
    private final int capacityKib;

    EnrichmentBudget(long capacityBytes) {
        if (capacityBytes < 1024) {
            throw new IllegalArgumentException("tarikh.entity.max-bytes-enriching must be at least 1024, not " + capacityBytes);
        }
        this.capacityKib = (int) Math.min(Integer.MAX_VALUE, capacityBytes / 1024);
        this.kib = new Semaphore(capacityKib, true);
    }

    /** Runs {@code work} once {@code bytes} of the budget are free, and gives them back when it is done. */
    <T> T within(long bytes, Supplier<T> work) {
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
