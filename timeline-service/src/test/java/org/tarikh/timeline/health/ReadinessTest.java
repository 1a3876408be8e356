package org.tarikh.timeline.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Readiness says DOWN while the database cannot be reached and UP again once it can: the service reaches PostgreSQL
 * through a proxy this test cuts and restores (the shared PostgreSQL keeps running for everyone else).
 */
@QuarkusTest
@TestProfile(ReadinessTest.ThroughProxy.class)
class ReadinessTest {

    static final TcpProxy DATABASE = new TcpProxy(System.getenv().getOrDefault("TARIKH_DB_HOST", "127.0.0.1"),
            Integer.parseInt(System.getenv().getOrDefault("TARIKH_DB_PORT", "5432")));

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            DATABASE.open();
            String db = System.getenv().getOrDefault("TARIKH_TEST_DB_NAME", "tarikh_test");
            return Map.of("%test.tarikh.db.url", "//127.0.0.1:" + DATABASE.port() + "/" + db);
        }
    }

    @Test
    void readinessGoesDownWhileTheDatabaseIsUnreachableAndUpAfter() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
        DATABASE.close();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem(containsString("PostgreSQL"))));
        } finally {
            DATABASE.open();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}
