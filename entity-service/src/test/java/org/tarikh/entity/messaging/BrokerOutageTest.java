package org.tarikh.entity.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.ConnectionFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The broker lost while articles are being enriched (issue 16): readiness says DOWN while it is unreachable, the
 * service consumes again by itself once it is back, every article published before, during and after the outage is
 * enriched, and none is dead-lettered. The service reaches RabbitMQ through a proxy this test cuts and restores (the
 * shared broker keeps running for everyone else); the test publishes and listens over a connection of its own.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.ThroughProxy.class)
class BrokerOutageTest {

    static final TcpProxy BROKER = TcpProxy.named("entity-broker", env("TARIKH_RABBITMQ_HOST", "127.0.0.1"),
            Integer.parseInt(env("TARIKH_RABBITMQ_PORT", "5672")));

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            BROKER.open();
            return Map.of("rabbitmq-host", "127.0.0.1", "rabbitmq-port", String.valueOf(BROKER.port()));
        }
    }

    BrokerTap tap;

    @BeforeEach
    void open() throws Exception {
        ConnectionFactory direct = new ConnectionFactory();
        direct.setHost(env("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        direct.setPort(Integer.parseInt(env("TARIKH_RABBITMQ_PORT", "5672")));
        direct.setUsername(env("TARIKH_RABBITMQ_USER", "guest"));
        direct.setPassword(env("TARIKH_RABBITMQ_PASSWORD", "guest"));
        direct.setVirtualHost(env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        tap = new BrokerTap(direct);
    }

    @AfterEach
    void close() throws Exception {
        BROKER.open();
        tap.close();
    }

    @Test
    void theBrokerLostWhileArticlesAreEnriched() throws Exception {
        assertEquals(BROKER.port(), ConfigProvider.getConfig().getValue("rabbitmq-port", Integer.class),
                "the service reaches RabbitMQ through the proxy this test cuts");
        ready();
        List<ArticleSegments> articles = publish(60, "before");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> articles.stream().anyMatch(this::enriched));
        BROKER.close();
        try {
            articles.addAll(publish(20, "during"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name.contains('Messaging') }.data.segments", equalTo("[KO]")));
        } finally {
            BROKER.open();
        }
        articles.addAll(publish(10, "after"));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertEquals(
                List.of(), articles.stream().filter(a -> !enriched(a)).map(a -> a.articleId).toList(),
                "articles not enriched"));
        ready();
        for (ArticleSegments a : articles) {
            assertTrue(tap.takeDeadLetters(a.articleId).isEmpty(), "dead-lettered: " + a.articleId);
        }
    }

    private boolean enriched(ArticleSegments a) {
        return tap.enrichedOfArticle(a.articleId).size() == a.segments.size();
    }

    private List<ArticleSegments> publish(int n, String when) throws Exception {
        List<ArticleSegments> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleSegments a = ArticleSegments.of("outage", "2024-03-04", List.of(
                    new ArticleSegments.Part("Talks resumed in Doha on Monday (" + when + " " + i + ").", "PARAGRAPH"),
                    new ArticleSegments.Part("قال المتحدث إن الوفد وصل إلى الدوحة يوم الأحد.", "PARAGRAPH")));
            tap.publishArticle(a);
            out.add(a);
        }
        return out;
    }

    private static void ready() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
