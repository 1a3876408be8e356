package org.tarikh.timeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import io.restassured.response.Response;

/**
 * The whole pipeline as users run it: the three packaged services started as separate processes
 * ({@link PackagedStack}), on the real RabbitMQ (the test virtual host) and PostgreSQL (the test database). Run by
 * {@code ./mvnw verify} after every module is packaged.
 */
class ChronologySystemIT {

    static final Path ROOT = PackagedStack.ROOT;
    static int parser;
    static int entity;
    static int timeline;

    static String env(String name, String otherwise) {
        return PackagedStack.env(name, otherwise);
    }

    @BeforeAll
    static void theThreeServices() throws Exception {
        PackagedStack stack = PackagedStack.get();
        parser = stack.parser;
        entity = stack.entity;
        timeline = stack.timeline;
    }

    @Test
    void theSeedArticleBecomesAChronologyWithItsCaptionDates() throws Exception {
        String seed = Files.readString(ROOT.resolve("seeds/000_2f5373c944bbeb12.txt"), StandardCharsets.UTF_8);
        Response accepted = given().port(parser).contentType("text/plain; charset=utf-8")
                .body(seed.getBytes(StandardCharsets.UTF_8))
                .queryParam("publishedAt", "2024-01-30").queryParam("source", "الجزيرة")
                .post("/api/articles");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String id = accepted.path("articleId");
        assertTrue(accepted.header("Location").endsWith("/api/articles/" + id));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> dates = given().port(timeline).get("/api/articles/" + id + "/timeline?limit=500")
                    .then().statusCode(200).extract().jsonPath().getList("events.date", String.class);
            assertTrue(dates.containsAll(Set.of("2020-01-13", "2021-07-08", "2022-01-04")), dates.toString());
        });
        // the caption events can be stored before the article's last segments: wait for all of them
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> Boolean.TRUE
                .equals(given().port(timeline).get("/api/articles/" + id).then().statusCode(200).extract().jsonPath()
                        .getBoolean("complete")));
        var article = given().port(timeline).get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> segment : article.<Map<String, Object>> getList("segments")) {
            int start = (Integer) segment.get("start");
            int end = (Integer) segment.get("end");
            assertEquals(seed.substring(start, end), segment.get("text"), "segment offsets point into the seed");
        }
    }

    @Test
    void aMalformedSegmentEndsInTheDeadLetterQueueAndTheServiceStaysHealthy() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("TARIKH_RABBITMQ_PORT", "5672")));
        factory.setUsername(env("TARIKH_RABBITMQ_USER", "guest"));
        factory.setPassword(env("TARIKH_RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        String marker = UUID.randomUUID().toString();
        try (Connection connection = factory.newConnection("system-test"); var channel = connection.createChannel()) {
            var props = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
            channel.basicPublish("tarikh.segments", "ar.paragraph", props,
                    ("{\"schema\": \"tarikh.segment/v1\", \"text\": 42, \"marker\": \"" + marker + "\"")
                            .getBytes(StandardCharsets.UTF_8));
            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                GetResponse r;
                while ((r = channel.basicGet("entity.segments.dlq", true)) != null) {
                    if (new String(r.getBody(), StandardCharsets.UTF_8).contains(marker)) {
                        reasons.add(String.valueOf(r.getProps().getHeaders().get("x-tarikh-reason")));
                    }
                }
                return !reasons.isEmpty();
            });
            assertTrue(reasons.get(0).contains("JSON"), reasons.toString());
        }
        given().port(entity).get("/q/health/ready").then().statusCode(200);
        String health = given().port(entity).get("/q/health").asString();
        assertTrue(health.contains("\"UP\""), health);
        String stillWorks = given().port(entity).contentType("application/json")
                .body("{\"text\": \"On January 4, 2022 a drone was shot down.\", \"publishedAt\": \"2022-01-05\"}")
                .post("/api/enrich").then().statusCode(200).extract().jsonPath().getList("timexes.value", String.class)
                .stream().collect(Collectors.joining(","));
        assertEquals("2022-01-04", stillWorks);
    }
}
