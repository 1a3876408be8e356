package org.tarikh.entity.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarikh.entity.acceptance.SampleGold;
import org.tarikh.entity.events.EventType;
import org.tarikh.entity.ner.EntityType;
import org.tarikh.entity.time.Anchor;
import org.tarikh.entity.time.Precision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * The message contracts against real traffic: real articles go through RabbitMQ as {@code tarikh.article/v1}, and
 * every {@code tarikh.enriched-article/v1} that comes back (each of its segments a {@code tarikh.enriched/v1}) is
 * checked against its JSON Schema; a segment that breaks its schema ends in the dead-letter queue with the violation
 * as its reason.
 */
@QuarkusTest
class MessageSchemaTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema ENRICHED = MessageSchemas.load(MessageSchemas.ENRICHED_V1);
    static final JsonSchema ENRICHED_ARTICLE = MessageSchemas.load(MessageSchemas.ENRICHED_ARTICLE_V1);

    @Inject
    BrokerSettings broker;

    BrokerTap tap;

    @BeforeEach
    void open() throws Exception {
        tap = new BrokerTap(broker.connectionFactory());
    }

    @AfterEach
    void close() throws Exception {
        tap.close();
    }

    static final String REUTERS = """
            BEIRUT, March 3 (Reuters) - Israeli jets struck targets in southern Lebanon on Saturday, killing at least \
            four people and wounding 11, Lebanon's health ministry said.

            The strikes hit the outskirts of the town of Nabatieh, the state-run National News Agency reported.

            Hezbollah said it fired rockets at an Israeli army post in response. The Israeli military did not \
            immediately comment.

            Lebanese Prime Minister Najib Mikati condemned the attack and called on the United Nations to act.

            Smoke rises over the southern Lebanese village of Khiam, March 2, 2024. REUTERS/Aziz Taher
            """;

    static final String AP = """
            BAGHDAD (AP) — A roadside bomb struck a convoy carrying Iraqi soldiers north of Baghdad on Tuesday, \
            killing two soldiers and wounding three others, officials said.

            The attack took place near the town of Tarmiyah in Salahuddin province, according to a statement from \
            the Iraqi military's Security Media Cell.

            No group immediately claimed responsibility. Iraqi Prime Minister Mohammed Shia al-Sudani ordered an \
            investigation, his office said on June 13, 2023.
            """;

    /** The sample (split as the parser does) and two English wire stories, each a fresh article. */
    static List<ArticleSegments> articles() throws Exception {
        List<ArticleSegments> out = new ArrayList<>();
        SampleGold sample = SampleGold.load();
        out.add(ArticleSegments.of("sample", "2024-01-30", sample.article, sample.segments().stream()
                .map(s -> new ArticleSegments.Part(s.text(), s.kind())).toList()));
        out.add(ArticleSegments.ofText("reuters", "2024-03-04", REUTERS));
        out.add(ArticleSegments.ofText("ap", "2023-06-14", AP));
        return out;
    }

    @Test
    void everyEnrichedMessageOfRealArticlesMatchesItsSchema() throws Exception {
        List<ArticleSegments> articles = articles();
        for (ArticleSegments a : articles) {
            tap.publishArticle(a);
        }
        int mentions = 0;
        int timexes = 0;
        int events = 0;
        for (ArticleSegments a : articles) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> tap.enrichedOfArticle(a.articleId).size() == a.segments.size());
            JsonObject whole = tap.enrichedArticles.stream().filter(m -> a.articleId.equals(m.getString("articleId")))
                    .findFirst().orElseThrow();
            assertEquals(List.of(), MessageSchemas.violations(ENRICHED_ARTICLE, JSON.readTree(whole.encode())),
                    "violations of the enriched article " + a.articleId);
            for (JsonObject message : tap.enrichedOfArticle(a.articleId).values()) {
                JsonNode node = JSON.readTree(message.encode());
                List<String> violations = MessageSchemas.violations(ENRICHED, node);
                assertEquals(List.of(), violations, "violations of " + message.getJsonObject("segment")
                        .getString("segmentId") + ": " + message.encode());
                mentions += message.getJsonArray("mentions").size();
                timexes += message.getJsonArray("timexes").size();
                events += message.getJsonArray("events").size();
            }
        }
        // the schema was checked against messages that carry every part it describes
        assertTrue(mentions >= 30 && timexes >= 10 && events >= 8,
                "mentions " + mentions + ", timexes " + timexes + ", events " + events);
    }

    @Test
    void theEnrichedSchemaRejectsWhatBreaksTheContract() throws Exception {
        JsonNode good = JSON.readTree("""
                {"schema":"tarikh.enriched/v1","enricher":"entity-service/0.1",
                 "segment":{"schema":"tarikh.segment/v1","articleId":"a1","segmentId":"a1-0","seq":0,"total":1,
                            "kind":"PARAGRAPH","lang":"en","text":"Three soldiers were killed in Baghdad on Monday.",
                            "start":0,"end":48,"article":{"publishedAt":"2024-01-30","dateMissing":false}},
                 "mentions":[{"type":"LOCATION","text":"Baghdad","start":30,"end":37,"key":"location:baghdad",
                              "name":"Baghdad","lat":33.34,"lon":44.4}],
                 "timexes":[{"text":"Monday","start":41,"end":47,"value":"2024-01-29","type":"DATE",
                             "precision":"DAY","anchor":"PUBLICATION","mod":null}],
                 "events":[{"type":"KILLING","trigger":"killed","triggerStart":20,"triggerEnd":26,"date":"2024-01-29",
                            "precision":"DAY","dateBasis":"TIMEX","dateMod":null,"place":"location:baghdad",
                            "actors":[],"targets":[],"killed":3,"killedAtLeast":false,"injured":null,
                            "injuredAtLeast":false,"sentenceStart":0,"sentenceEnd":48,
                            "sentence":"Three soldiers were killed in Baghdad on Monday.","confidence":0.9,
                            "summary":"Three soldiers were killed in Baghdad on Monday."}]}
                """);
        assertEquals(List.of(), MessageSchemas.violations(ENRICHED, good));
        Map<String, Consumer<com.fasterxml.jackson.databind.node.ObjectNode>> breaks = Map.of(
                "$.mentions[0].type", m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("mentions").get(0))
                        .put("type", "PEOPLE"),
                "$.mentions[0].key", m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("mentions").get(0))
                        .put("key", "Baghdad"),
                "$.events[0].killed", m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("events").get(0))
                        .put("killed", -3),
                "$.events[0].date", m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("events").get(0))
                        .put("date", "yesterday"),
                "$.timexes[0].precision", m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("timexes")
                        .get(0)).put("precision", "FORTNIGHT"),
                "$.segment", m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("segment")).remove("article"),
                "$.schema", m -> m.put("schema", "tarikh.enriched/v2"));
        for (var b : breaks.entrySet()) {
            var broken = good.deepCopy();
            b.getValue().accept((com.fasterxml.jackson.databind.node.ObjectNode) broken);
            List<String> violations = MessageSchemas.violations(ENRICHED, broken);
            assertTrue(violations.stream().anyMatch(v -> v.startsWith(b.getKey())), b.getKey() + ": " + violations);
        }
    }

    @Test
    void theArticleSchemaChecksTheArticleAndEachOfItsSegments() throws Exception {
        JsonNode good = JSON.readTree(ArticleSegments.ofText("schema", "2024-03-04", AP).message().encode());
        assertEquals(List.of(), MessageSchemas.articleViolations(good));
        var noSegments = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noSegments).putArray("segments");
        assertTrue(MessageSchemas.articleViolations(noSegments).stream().anyMatch(v -> v.startsWith("$.segments")),
                MessageSchemas.articleViolations(noSegments).toString());
        var badKind = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badKind.get("segments").get(1)).put("kind", "paragraph");
        assertTrue(MessageSchemas.articleViolations(badKind).stream().anyMatch(v -> v.startsWith("$.segments[1].kind")),
                MessageSchemas.articleViolations(badKind).toString());
    }

    @Test
    void theSchemasNameEveryValueOfTheDomainEnums() throws Exception {
        JsonNode schema = JSON.readTree(getClass().getResourceAsStream("/schemas/enriched-v1.schema.json"));
        JsonNode defs = schema.get("$defs");
        assertEquals(names(EntityType.values()), strings(defs.at("/mention/properties/type/enum")));
        assertEquals(names(EventType.values()), strings(defs.at("/event/properties/type/enum")));
        assertEquals(names(Precision.values()), strings(defs.at("/precision/enum")));
        assertEquals(names(Anchor.values()), strings(defs.at("/timex/properties/anchor/enum")));
    }

    @Test
    void segmentsThatBreakTheirSchemaEndInTheDeadLetterQueueWithTheViolation() throws Exception {
        String marker = "schema" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Talks resumed in Doha on Sunday.";
        JsonObject good = new JsonObject()
                .put("schema", "tarikh.segment/v1").put("articleId", marker).put("segmentId", marker + "-0")
                .put("seq", 0).put("total", 1).put("kind", "PARAGRAPH").put("lang", "en").put("text", text)
                .put("start", 0).put("end", text.length())
                .put("article", new JsonObject().put("publishedAt", "2024-01-30").put("dateMissing", false));
        Map<String, JsonObject> broken = Map.of(
                "$.kind", good.copy().put("segmentId", marker + "-1").put("kind", "paragraph"),
                "$.start", good.copy().put("segmentId", marker + "-2").put("start", -4),
                "required property 'article'", copyWithout(good, "article").put("segmentId", marker + "-3"),
                "$.article.publishedAt", good.copy().put("segmentId", marker + "-4")
                        .put("article", new JsonObject().put("publishedAt", "30/01/2024")));
        for (JsonObject b : broken.values()) {
            tap.publishSegment("en.paragraph", b.encode().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<Map.Entry<String, Map<String, Object>>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.addAll(tap.takeDeadLetters(marker));
            return dead.size() >= broken.size();
        });
        for (var b : broken.entrySet()) {
            String segmentId = b.getValue().getString("segmentId");
            var letter = dead.stream().filter(d -> new JsonObject(d.getKey()).getString("segmentId").equals(segmentId))
                    .findFirst().orElseThrow();
            String reason = String.valueOf(letter.getValue().get("x-tarikh-reason"));
            assertTrue(reason.contains("breaks tarikh.segment/v1") && reason.contains(b.getKey()),
                    segmentId + ": " + reason);
            assertEquals(b.getValue(), new JsonObject(letter.getKey()), "the dead letter is the message unchanged");
            assertEquals("entity.segments", String.valueOf(letter.getValue().get("x-original-queue")));
        }
        assertTrue(tap.enrichedOfArticle(marker).isEmpty(), "nothing was published for a broken segment");
    }

    private static JsonObject copyWithout(JsonObject o, String field) {
        JsonObject c = o.copy();
        c.remove(field);
        return c;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> out = new HashSet<>();
        Arrays.stream(values).forEach(v -> out.add(v.name()));
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        assertFalse(array.isMissingNode(), "enum missing from the schema");
        Set<String> out = new HashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
