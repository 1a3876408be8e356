package org.tarikh.parser.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class BytesInFlightTest {

    @Test
    void requestsShareTheBudgetAndGiveItBack() {
        var budget = new BytesInFlight(10 * 1024, Duration.ZERO);
        try (var a = budget.take(4 * 1024); var b = budget.take(6 * 1024)) {
            assertEquals(0, budget.availableKib());
            assertThrows(BytesInFlight.BusyException.class, () -> budget.take(1));
        }
        assertEquals(10, budget.availableKib());
    }

    @Test
    void aRequestLargerThanTheBudgetRunsAloneInsteadOfNever() {
        var budget = new BytesInFlight(10 * 1024, Duration.ZERO);
        try (var big = budget.take(50L * 1024 * 1024)) {
            assertEquals(0, budget.availableKib());
        }
        assertEquals(10, budget.availableKib());
    }

    @Test
    void aWaitingRequestGoesOnWhenAnotherIsDone() throws Exception {
        var budget = new BytesInFlight(8 * 1024, Duration.ofSeconds(30));
        var first = budget.take(8 * 1024);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            try (var share = budget.take(8 * 1024)) {
                return budget.availableKib();
            }
        });
        assertThrows(java.util.concurrent.TimeoutException.class, () -> second.get(200, TimeUnit.MILLISECONDS),
                "waits while the first holds the budget");
        first.close();
        assertEquals(0, second.get(10, TimeUnit.SECONDS));
        first.close(); // twice is once
        assertEquals(8, budget.availableKib());
    }

    @Test
    void aRefusalIsA503ProblemToRetry() throws Exception {
        var response = ProblemMappers.problemOf(new BytesInFlight.BusyException(Duration.ofSeconds(20)));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", response.getMediaType().toString());
        var problem = new ObjectMapper().valueToTree(response.getEntity());
        assertEquals("Too many articles being read at once", problem.get("title").asText());
    }
}
