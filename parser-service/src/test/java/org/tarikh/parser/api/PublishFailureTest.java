package org.tarikh.parser.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * When the broker does not take the segments, the caller hears it: a 503 problem, never a silent 202. The real
 * broker refuses them here because the service is pointed at an exchange that does not exist.
 */
@QuarkusTest
@TestProfile(PublishFailureTest.MissingExchange.class)
class PublishFailureTest {

    public static class MissingExchange implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.segments.exchange.name", "tarikh.segments.missing-" + UUID.randomUUID(),
                    "mp.messaging.outgoing.segments.retry-on-fail-attempts", "0",
                    "tarikh.parser.publish-timeout", "PT5S");
        }
    }

    @Test
    void unconfirmedPublishIsAnErrorToTheCaller() {
        given().contentType("text/plain; charset=utf-8").body("Headline\n\nBody of an article that cannot be published.")
                .when().post("/api/articles")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Article not published")).body("detail", containsString("post it again"));
    }

    @Test
    void unconfirmedPublishIsAnErrorForThatBatchLine() {
        given().contentType("application/x-ndjson").body("{\"text\": \"Headline\\n\\nBody.\"}\n{\"text\": \"\"}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(0))
                .body("results[0].status", equalTo(503)).body("results[1].status", equalTo(400));
    }
}
