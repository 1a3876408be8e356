package org.tarikh.timeline.health;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tarikh.timeline.messaging.EnrichedConsumer;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready only while the consumer makes progress (issue 16): DOWN when a batch has been under way for longer than
 * {@code tarikh.timeline.stuck-after} — connected to the broker and the database, yet storing nothing (a lock that is
 * never released, a statement that never returns). A batch whose database is away is retried for at most
 * {@code tarikh.timeline.transient-retry} and then given back to the queue, so the bound is that and a margin; the
 * broker's and the database's own checks say DOWN sooner when either is unreachable.
 */
@Readiness
@ApplicationScoped
public class IngestReadiness implements HealthCheck {

    private final EnrichedConsumer consumer;
    private final Duration stuckAfter;

    IngestReadiness(EnrichedConsumer consumer,
            @ConfigProperty(name = "tarikh.timeline.stuck-after", defaultValue = "PT3M") Duration stuckAfter) {
        this.consumer = consumer;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public HealthCheckResponse call() {
        Duration running = consumer.batchRunningFor();
        boolean stuck = running.compareTo(stuckAfter) > 0;
        return HealthCheckResponse.named("ingest").status(!stuck)
                .withData("batchRunningForSeconds", running.toSeconds())
                .withData("stuckAfterSeconds", stuckAfter.toSeconds())
                .build();
    }
}
