package org.tarikh.timeline.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Readiness says DOWN while the database or the broker cannot be reached and UP again once it can: the service reaches
 * PostgreSQL and RabbitMQ through proxies this test cuts and restores (the shared servers keep running for everyone
 * else).
 */
@QuarkusTest
@TestProfile(ThroughProxies.class)
class ReadinessTest {

    static final TcpProxy DATABASE = ThroughProxies.DATABASE;

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

    @Test
    void readinessGoesDownWhileTheBrokerIsUnreachableAndUpAfter() {
        assertEquals(ThroughProxies.BROKER.port(), ConfigProvider.getConfig().getValue("rabbitmq-port", Integer.class),
                "the service reaches RabbitMQ through the proxy this test cuts");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
        ThroughProxies.BROKER.close();
        try {
            // the consumer's channel is reported, by SmallRye Reactive Messaging's check of the connector (once
            // seen 30 s late on a machine at load 16: the bound leaves room)
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name.contains('Messaging') }.status", equalTo("DOWN"))
                    .body("checks.find { it.name.contains('Messaging') }.data.enriched", equalTo("[KO]")));
        } finally {
            ThroughProxies.BROKER.open();
        }
        // the connector connects and consumes again by itself (every 10 s by default)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}
