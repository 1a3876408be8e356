package org.tarikh.entity.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnrichmentBudgetTest {

    @Test
    void largeMessagesAreEnrichedAFewAtATimeSmallOnesTogether() throws Exception {
        var budget = new EnrichmentBudget(4L * 1024 * 1024);
        var pool = Executors.newFixedThreadPool(20);
        try {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(pool.submit(() -> budget.within(1_500_000, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleepBriefly(); // an enrichment's work, so that others try to start meanwhile
                    return running.decrementAndGet();
                })));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertTrue(most.get() <= 2, "two 1.5 MB messages fit in 4 MB, a third waits: " + most.get() + " at once");
            assertEquals(4096, budget.availableKib(), "all given back");

            // small messages (a few KB: every usual article) do not wait for one another
            CountDownLatch together = new CountDownLatch(20);
            done.clear();
            for (int i = 0; i < 20; i++) {
                done.add(pool.submit(() -> budget.within(7_000, () -> {
                    together.countDown();
                    try {
                        return together.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            for (Future<?> f : done) {
                assertTrue((Boolean) f.get(60, TimeUnit.SECONDS), "twenty small ones at once");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMessageLargerThanTheBudgetRunsAloneAndAFailureGivesTheShareBack() {
        var budget = new EnrichmentBudget(1024 * 1024);
        assertEquals(0, budget.within(10L * 1024 * 1024, budget::availableKib));
        assertThrows(IllegalStateException.class, () -> budget.within(5000, () -> {
            throw new IllegalStateException("enrichment failed");
        }));
        assertEquals(1024, budget.availableKib());
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
