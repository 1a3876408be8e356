package org.tarikh.timeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

class InTurnTest {

    private static final List<Integer> MANY = IntStream.range(0, 100_000).boxed().toList();

    @Test
    void aHundredThousandStepsThatCompleteAtOnceRunInOrderWithoutOverflowingTheStack() {
        List<Integer> seen = new ArrayList<>();
        InTurn.each(MANY, i -> Uni.createFrom().item(i).invoke(seen::add)).await().atMost(Duration.ofSeconds(30));
        assertEquals(MANY, seen);
    }

    @Test
    void stepsThatCompleteOnAnotherThreadRunOneAtATimeInOrder() {
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Integer> seen = new ArrayList<>();
            int[] running = {0};
            int[] most = {0};
            InTurn.each(MANY.subList(0, 20_000), i -> Uni.createFrom().item(i)
                    .invoke(x -> { synchronized (seen) { most[0] = Math.max(most[0], ++running[0]); } })
                    .emitOn(pool)
                    .invoke(x -> { synchronized (seen) { seen.add(x); running[0]--; } }))
                    .await().atMost(Duration.ofSeconds(60));
            assertEquals(MANY.subList(0, 20_000), seen);
            assertEquals(1, most[0], "one step at a time");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedStepStopsTheRestAndFailsTheWhole() {
        List<Integer> seen = new ArrayList<>();
        Throwable failure = InTurn.each(List.of(1, 2, 3), i -> i == 2
                        ? Uni.createFrom().failure(new IllegalStateException("step 2"))
                        : Uni.createFrom().item(i).invoke(seen::add))
                .onItemOrFailure().transform((v, e) -> e).await().indefinitely();
        assertEquals(List.of(1), seen);
        assertEquals("step 2", failure.getMessage());
    }

    @Test
    void noStepsCompleteAtOnce() {
        InTurn.each(List.<Integer>of(), i -> Uni.createFrom().failure(new AssertionError("no step")))
                .await().atMost(Duration.ofSeconds(1));
    }
}
