package org.tarikh.parser.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * With tracing on (as in production), every segment of one article carries the W3C trace context of the ingest
 * request in its AMQP headers, so entity-service and timeline-service continue the same trace.
 */
@QuarkusTest
@TestProfile(TracePropagationTest.TracingOn.class)
class TracePropagationTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // spans are made and propagated; nothing is exported (no collector here)
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    @Inject
    BrokerSettings broker;

    SegmentTap tap;

    @BeforeEach
    void tap() throws Exception {
        tap = new SegmentTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    @Test
    void theArticleMessageCarriesTheIngestTrace() {
        String id = given().contentType("text/plain; charset=utf-8")
                .body("Headline " + UUID.randomUUID() + "\n\nFirst paragraph of the article.\n\nSecond paragraph.")
                .when().post("/api/articles")
                .then().statusCode(202).extract().path("articleId");
        await().atMost(Duration.ofSeconds(20)).until(() -> tap.of(id).size() == 3);
        List<Object> parents = tap.deliveriesOf(id).stream().map(d -> d.headers() == null ? null : d.headers().get("traceparent"))
                .toList();
        for (Object p : parents) {
            assertTrue(p != null && String.valueOf(p).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"),
                    "traceparent header missing or malformed: " + p);
        }
        Set<String> traces = parents.stream().map(p -> String.valueOf(p).split("-")[1]).collect(Collectors.toSet());
        assertEquals(1, traces.size(), "the article's message belongs to the ingest trace: " + parents);
    }
}
