package org.tarikh.parser.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on the bytes of articles being read and published at once. Reading an article costs several times its size
 * in heap (its text, its segments, the message, the client's frames): ten 1.9 MB articles posted together ran the
 * service out of a 160 MiB heap. Each request takes its size from this budget while it is read and published (a
 * request larger than the whole budget takes all of it, so it runs alone) and waits its turn, first come first served,
 * up to {@code wait}; then it is refused with a 503 to retry, never an out-of-memory error.
 */
final class BytesInFlight {

    /** A share of the budget, given back when the request is done. */
    interface Share extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore kib;
    private final int capacityKib;
    private final Duration wait;

    BytesInFlight(long capacityBytes, Duration wait) {
        if (capacityBytes < 1024) {
            throw new IllegalArgumentException("tarikh.parser.max-bytes-in-flight must be at least 1024, not " + capacityBytes);
        }
        this.capacityKib = (int) Math.min(Integer.MAX_VALUE, capacityBytes / 1024);
        this.kib = new Semaphore(capacityKib, true);
        this.wait = wait;
    }

    /** Waits for {@code bytes} of the budget; throws {@link BusyException} when they do not come in time. */
    Share take(long bytes) {
        int n = (int) Math.max(1, Math.min(capacityKib, (bytes + 1023) / 1024));
        try {
            if (!kib.tryAcquire(n, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(wait);
        }
        boolean[] closed = { false };
        return () -> {
            synchronized (closed) {
                if (!closed[0]) {
                    closed[0] = true;
                    kib.release(n);
                }
            }
        };
    }

    int availableKib() {
        return kib.availablePermits();
    }

    /** Too many bytes of other articles were being read: the caller may retry after a while. */
    static final class BusyException extends RuntimeException {
        BusyException(Duration waited) {
            super("Other articles being read take all of tarikh.parser.max-bytes-in-flight; this one waited "
                    + waited.toSeconds() + " s. Nothing was published: post it again in a few seconds.");
        }
    }
}
