package org.tarikh.entity.enrichment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EnrichmentBudgetTest {

    @Test
    void largeMessagesAreEnrichedAFewAtATimeSmallOnesTogether() throws Exception {
        var budget = new EnrichmentBudget(4L * 1024 * 1024);
        var pool = Executors.newFixedThreadPool(20);
        try {
            // two 1.5 MB messages fit in 4 MB and hold their shares until let go; a third waits for one of them
            CountDownLatch letGo = new CountDownLatch(1);
            AtomicInteger running = new AtomicInteger();
            List<Future<?>> large = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                large.add(pool.submit(() -> budget.within(1_500_000, () -> {
                    running.incrementAndGet();
                    return awaitQuietly(letGo);
                })));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> running.get() == 2);
            AtomicReference<Thread> third = new AtomicReference<>();
            Future<Integer> waiting = pool.submit(() -> {
                third.set(Thread.currentThread());
                return budget.within(1_500_000, running::incrementAndGet);
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> third.get() != null
                    && third.get().getState() == Thread.State.WAITING);
            assertEquals(2, running.get(), "the third waits");
            letGo.countDown();
            assertEquals(3, waiting.get(30, TimeUnit.SECONDS));
            for (Future<?> f : large) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertEquals(4096, budget.availableKib(), "all given back");

            // small messages (a few KB: every usual article) do not wait for one another
            CountDownLatch together = new CountDownLatch(20);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(pool.submit(() -> budget.within(7_000, () -> {
                    together.countDown();
                    return awaitQuietly(together);
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

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
