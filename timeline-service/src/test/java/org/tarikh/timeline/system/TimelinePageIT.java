package org.tarikh.timeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ConnectionFactory;

import io.vertx.core.json.JsonObject;

/**
 * The timeline page in a real browser: the three packaged services ({@link PackagedStack}) on the real RabbitMQ and
 * PostgreSQL, the sample and three articles of this test (English, Arabic, one carrying markup meant to run) posted
 * to parser-service, a story of 5,000 events and an attack told by 14 outlets published to the broker as
 * entity-service would send them, then Debian's chromium driven by
 * playwright-core ({@code web/test/page.test.mjs}) checks the page and measures it. Screenshots, timings and the
 * browser's log go to {@code target/browser/}. Needs Node.js and chromium: {@code ./tarikh test} installs both.
 */
class TimelinePageIT {

    static final Path ROOT = PackagedStack.ROOT;
    static final Path WEB = ROOT.resolve("timeline-service/web");
    static final Path OUT = ROOT.resolve("timeline-service/target/browser");
    static final int STORY_EVENTS = 5000;
    static final int REPORTS = 14;
    static int parser;
    static int timeline;

    static String env(String name, String otherwise) {
        return PackagedStack.env(name, otherwise);
    }

    @BeforeAll
    static void theThreeServices() throws Exception {
        PackagedStack stack = PackagedStack.get();
        parser = stack.parser;
        timeline = stack.timeline;
    }

    static String post(String text, Map<String, String> query) {
        var request = given().port(parser).contentType("text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8));
        query.forEach(request::queryParam);
        var accepted = request.post("/api/articles");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        return accepted.path("articleId");
    }

    static void awaitComplete(String id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Boolean.TRUE.equals(given().port(timeline).get("/api/articles/" + id).then()
                        .statusCode(200).extract().jsonPath().getBoolean("complete")));
    }

    static String fixture(String name) throws IOException {
        return Files.readString(ROOT.resolve("timeline-service/src/test/resources/page/" + name), StandardCharsets.UTF_8);
    }

    /** Publishes the story to tarikh.enriched, as entity-service would, and waits until every event is stored. */
    static BigStory publishStory() throws Exception {
        BigStory story = new BigStory(Long.toString(System.currentTimeMillis(), 36));
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("TARIKH_RABBITMQ_PORT", "5672")));
        factory.setUsername(env("TARIKH_RABBITMQ_USER", "guest"));
        factory.setPassword(env("TARIKH_RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(env("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        try (var connection = factory.newConnection("page-test"); var channel = connection.createChannel()) {
            channel.confirmSelect();
            var props = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
            List<String> messages = new ArrayList<>(story.oneAttackManyReports(REPORTS));
            messages.addAll(story.messages(STORY_EVENTS, 25, 7));
            for (String message : messages) {
                channel.basicPublish("tarikh.enriched", "en.paragraph", props, message.getBytes(StandardCharsets.UTF_8));
            }
            channel.waitForConfirmsOrDie(60_000);
        }
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> given().port(timeline).get("/api/entities/" + story.actorKey).then().statusCode(200)
                        .extract().jsonPath().getInt("events") >= STORY_EVENTS);
        // the reports were published first: all of them are in their one event by now, or are about to be
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> given().port(timeline).queryParam("place", story.reportedPlace()).get("/api/timeline")
                        .then().statusCode(200).extract().jsonPath().getInt("events[0].sourceCount") >= REPORTS);
        return story;
    }

    @Test
    void thePageShowsTheChronologyInABrowser() throws Exception {
        // the articles, through parser-service, entity-service and the broker as users send them
        String seed = Files.readString(ROOT.resolve("seeds/000_2f5373c944bbeb12.txt"), StandardCharsets.UTF_8);
        String sample = post(seed, Map.of("publishedAt", "2024-01-30", "source", "الجزيرة"));
        String english = post(fixture("english.txt"), Map.of("publishedAt", "2023-03-20", "source", "Test Wire",
                "title", "Strike on a market in Mosul"));
        String arabic = post(fixture("arabic.txt"), Map.of("publishedAt", "2023-03-21", "source", "وكالة الاختبار",
                "title", "قصف سوق في الموصل"));
        String hostile = post(fixture("hostile.txt"), Map.of("publishedAt", "2023-03-22", "source",
                "<b onmouseover=\"window.__pwned='source'\">Evil Wire</b>", "title",
                "<img src=x onerror=\"window.__pwned='title'\"> Attack report"));
        for (String id : List.of(sample, english, arabic, hostile)) {
            awaitComplete(id);
        }
        long started = System.nanoTime();
        BigStory story = publishStory();
        long storedMs = (System.nanoTime() - started) / 1_000_000;

        Files.createDirectories(OUT);
        Path log = OUT.resolve("page-test.log");
        Files.deleteIfExists(log);
        JsonObject config = new JsonObject().put("base", "http://localhost:" + timeline)
                .put("parser", "http://localhost:" + parser).put("out", OUT.toString())
                .put("sample", sample).put("english", english).put("arabic", arabic).put("hostile", hostile)
                .put("storyEntity", story.actorKey).put("storyEvents", STORY_EVENTS)
                .put("storyBusyDay", BigStory.BUSY_DAY.toString()).put("storyBusyDayEvents", BigStory.BUSY_DAY_EVENTS)
                .put("storyStoredMs", storedMs).put("reportedPlace", story.reportedPlace()).put("reports", REPORTS);
        Files.writeString(OUT.resolve("config.json"), config.encodePrettily());

        npm("ci", "--no-audit", "--no-fund");
        run(List.of("node", "build.mjs", "--check"), log, 60);
        int exit = run(List.of("node", "test/page.test.mjs", OUT.resolve("config.json").toString()), log, 300);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, exit, "the page test failed (" + log + "):\n" + output);
    }

    /** npm ci when node_modules is missing or older than the lock file, so reruns cost nothing. */
    static void npm(String... args) throws Exception {
        Path installed = WEB.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(WEB.resolve("package-lock.json"))) >= 0) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("npm"));
        command.addAll(List.of(args));
        int exit = run(command, OUT.resolve("npm.log"), 300);
        assertEquals(0, exit, "npm ci failed in " + WEB + ": " + Files.readString(OUT.resolve("npm.log")));
    }

    static int run(List<String> command, Path log, int seconds) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(WEB.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is not installed: the page test needs Node.js 18+ and "
                    + "chromium (./tarikh test installs them)", e);
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s; see " + log);
        }
        return p.exitValue();
    }
}
