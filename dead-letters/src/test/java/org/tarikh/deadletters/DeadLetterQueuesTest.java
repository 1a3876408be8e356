package org.tarikh.deadletters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * Against the real broker, in the test virtual host ({@code TARIKH_TEST_RABBITMQ_VHOST}), on queues of its own made
 * like the services make theirs: a quorum work queue with a delivery limit whose dead letters go through a direct
 * exchange to its {@code .dlq}.
 */
class DeadLetterQueuesTest {

    private Connection connection;
    private Channel channel;
    private String prefix;
    private String work;
    private String dlq;
    private String dlx;
    private DeadLetterQueues queues;

    @BeforeEach
    void topology() throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TARIKH_RABBITMQ_VHOST", System.getenv().getOrDefault("TARIKH_TEST_RABBITMQ_VHOST", "tarikh-test"));
        ConnectionFactory factory = DeadLetterTool.connectionFactory(env);
        connection = factory.newConnection("dead-letters-test");
        channel = connection.createChannel();
        channel.confirmSelect(); // a confirmed message is in its quorum queue, so the tool sees it
        prefix = "dlq-test-" + UUID.randomUUID().toString().substring(0, 8);
        work = prefix + ".work";
        dlq = work + ".dlq";
        dlx = prefix + ".dead-letters";
        channel.exchangeDeclare(dlx, BuiltinExchangeType.DIRECT, false, true, null);
        channel.queueDeclare(dlq, true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind(dlq, dlx, dlq);
        channel.queueDeclare(work, true, false, false, Map.of("x-queue-type", "quorum", "x-delivery-limit", 1,
                "x-dead-letter-exchange", dlx, "x-dead-letter-routing-key", dlq));
        queues = new DeadLetterQueues(connection, 10_000, 1_000);
    }

    @AfterEach
    void cleanUp() throws Exception {
        channel.queueDelete(work);
        channel.queueDelete(dlq);
        channel.exchangeDelete(dlx);
        connection.close();
    }

    @Test
    void listGroupsDeadLettersByQueueAndReasonWithFirstAndLastSeenAndLeavesThemInPlace() throws Exception {
        deadLetter("a", "duplicate element: person:mr", "2026-01-02T10:00:00Z");
        deadLetter("b", "duplicate element: person:mr", "2026-01-02T09:00:00Z");
        deadLetter("c", "duplicate element: person:mr", "2026-01-03T11:30:00Z");
        deadLetter("d", "breaks tarikh.segment/v1: $.kind", "2026-01-01T00:00:00Z");

        List<DeadLetterQueues.Group> groups = queues.list(List.of(dlq), null, null);

        assertEquals(2, groups.size(), groups.toString());
        DeadLetterQueues.Group dup = groups.get(0);
        assertEquals(work, dup.queue());
        assertEquals("duplicate element: person:mr", dup.reason());
        assertEquals(3, dup.count());
        assertEquals(Instant.parse("2026-01-02T09:00:00Z"), dup.firstSeen());
        assertEquals(Instant.parse("2026-01-03T11:30:00Z"), dup.lastSeen());
        assertEquals(1, groups.get(1).count());
        assertEquals(4, messagesIn(dlq, 4), "listing consumed dead letters");

        assertEquals(1, queues.list(List.of(dlq), null, "KIND").size(), "reason filter is a case-insensitive substring");
        assertEquals(2, queues.list(List.of(dlq), dlq, null).size(), "the dead-letter queue's name selects it too");
        assertTrue(queues.list(List.of(dlq), "timeline.enriched", null).isEmpty());
    }

    @Test
    void listNamesTheQueueAndReasonOfWhatTheBrokerDeadLetteredAfterTheDeliveryLimit() throws Exception {
        channel.basicPublish("", work, props(Map.of("schema", "tarikh.segment/v1")), "crashes its consumer".getBytes());
        // a consumer that fails every time: returned until the delivery limit dead-letters it
        for (int i = 0; i < 20 && channel.queueDeclarePassive(dlq).getMessageCount() == 0; i++) {
            GetResponse r = channel.basicGet(work, false);
            if (r != null) {
                channel.basicNack(r.getEnvelope().getDeliveryTag(), false, true);
            } else {
                Thread.sleep(100);
            }
        }

        List<DeadLetterQueues.Group> groups = queues.list(List.of(dlq), null, null);

        assertEquals(1, groups.size(), groups.toString());
        assertEquals(work, groups.get(0).queue());
        assertTrue(groups.get(0).reason().contains("delivery_limit"), groups.get(0).reason());
        assertNotNull(groups.get(0).firstSeen());
    }

    @Test
    void replaySendsOnlyMatchingDeadLettersBackToTheirQueueAsTheyWereAndIsIdempotent() throws Exception {
        deadLetter("seg-1", "duplicate element: person:mr", "2026-01-02T10:00:00Z");
        deadLetter("seg-2", "duplicate element: organization:interior-ministry", "2026-01-02T10:01:00Z");
        deadLetter("seg-3", "breaks tarikh.enriched/v1: $.segment", "2026-01-02T10:02:00Z");

        DeadLetterQueues.ReplayResult result = queues.replay(List.of(dlq), work, "duplicate element");

        assertEquals(2, result.replayed());
        assertEquals(1, result.kept());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        List<GetResponse> back = drain(work);
        assertEquals(List.of("seg-1", "seg-2"), back.stream().map(r -> r.getProps().getMessageId()).sorted().toList());
        for (GetResponse r : back) {
            assertEquals("body of " + r.getProps().getMessageId(), new String(r.getBody(), StandardCharsets.UTF_8));
            Map<String, Object> headers = r.getProps().getHeaders();
            assertEquals("tarikh.enriched/v1", headers.get("schema").toString());
            assertEquals("application/json", r.getProps().getContentType());
            assertEquals(2, r.getProps().getDeliveryMode());
            assertNull(headers.get("x-tarikh-reason"), "the replayed message carries no old failure");
            assertEquals(dlq, headers.get("x-tarikh-replayed-from").toString());
        }
        List<DeadLetterQueues.Group> left = queues.list(List.of(dlq), null, null);
        assertEquals(1, left.size());
        assertTrue(left.get(0).reason().startsWith("breaks"));

        DeadLetterQueues.ReplayResult again = queues.replay(List.of(dlq), work, "duplicate element");
        assertEquals(0, again.replayed(), "nothing left to replay");
        assertEquals(1, again.kept());
    }

    @Test
    void replayKeepsDeadLettersWhoseQueueNoLongerExists() throws Exception {
        Map<String, Object> headers = serviceHeaders("some reason", "2026-01-02T10:00:00Z");
        headers.put("x-original-queue", prefix + ".gone");
        channel.basicPublish("", dlq, props(headers), "x".getBytes());
        channel.waitForConfirmsOrDie(5_000);

        DeadLetterQueues.ReplayResult result = queues.replay(List.of(dlq), null, null);

        assertEquals(0, result.replayed());
        assertEquals(1, result.kept());
        assertFalse(result.problems().isEmpty());
        assertTrue(result.problems().get(0).contains(prefix + ".gone"), result.problems().toString());
        assertEquals(1, messagesIn(dlq, 1));
    }

    @Test
    void aQueueWithoutDeadLettersOrThatDoesNotExistListsNothing() throws Exception {
        assertTrue(queues.list(List.of(dlq, prefix + ".missing.dlq"), null, null).isEmpty());
        assertEquals(0, queues.replay(List.of(prefix + ".missing.dlq"), null, null).replayed());
    }

    /** As a service dead-letters (DeadLetters.java): the message unchanged, the reason in headers. */
    private void deadLetter(String messageId, String reason, String failedAt) throws Exception {
        AMQP.BasicProperties p = props(serviceHeaders(reason, failedAt)).builder().messageId(messageId).build();
        channel.basicPublish("", dlq, p, ("body of " + messageId).getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5_000);
    }

    private Map<String, Object> serviceHeaders(String reason, String failedAt) {
        Map<String, Object> h = new HashMap<>();
        h.put("schema", "tarikh.enriched/v1");
        h.put("x-tarikh-reason", reason);
        h.put("x-tarikh-error", "java.lang.IllegalArgumentException");
        h.put("x-tarikh-service", "timeline-service");
        h.put("x-tarikh-failed-at", failedAt);
        h.put("x-original-queue", work);
        h.put("x-original-exchange", "tarikh.enriched");
        h.put("x-original-routing-key", "ar.paragraph");
        return h;
    }

    private static AMQP.BasicProperties props(Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).headers(headers).build();
    }

    /** The queue's ready messages once they reach {@code expected} (returned messages are counted again a moment
     * after the channel that held them closed), or what it holds after 5 s. */
    private long messagesIn(String queue, long expected) throws Exception {
        long n = 0;
        for (int i = 0; i < 50; i++) {
            n = channel.queueDeclarePassive(queue).getMessageCount();
            if (n == expected) {
                return n;
            }
            Thread.sleep(100);
        }
        return n;
    }

    private List<GetResponse> drain(String queue) throws Exception {
        List<GetResponse> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            GetResponse r = channel.basicGet(queue, true);
            if (r != null) {
                out.add(r);
            } else if (!out.isEmpty()) {
                break;
            } else {
                Thread.sleep(100);
            }
        }
        return out;
    }
}
