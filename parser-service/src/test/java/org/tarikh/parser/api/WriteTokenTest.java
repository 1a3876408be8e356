package org.tarikh.parser.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With an API token configured (as in Kubernetes), ingest needs it; health and docs stay open. */
@QuarkusTest
@TestProfile(WriteTokenTest.WithToken.class)
class WriteTokenTest {

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tarikh.api.token", "s3cret-token");
        }
    }

    private static String article() {
        return "Headline " + UUID.randomUUID() + "\n\nBAGHDAD (Reuters) - A paragraph about something that happened.";
    }

    @Test
    void ingestWithoutTokenIsRefusedWithAProblem() {
        given().contentType("text/plain; charset=utf-8").body(article())
                .when().post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("title", equalTo("Missing or wrong API token"));
    }

    @Test
    void ingestWithWrongTokenIsRefused() {
        given().contentType("text/plain; charset=utf-8").header("Authorization", "Bearer s3cret-tokeN")
                .body(article())
                .when().post("/api/articles/batch")
                .then().statusCode(401);
    }

    @Test
    void ingestWithTheTokenIsAccepted() {
        given().contentType("text/plain; charset=utf-8").header("Authorization", "Bearer s3cret-token")
                .body(article())
                .when().post("/api/articles")
                .then().statusCode(202).body("articleId", notNullValue());
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
