package org.tarikh.deadletters;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.Envelope;

/**
 * Reads and replays dead-letter queues. Reading never consumes: the messages are taken without acknowledgement and
 * return to their queue when the channel closes. A replay publishes a matching dead letter, body and properties
 * unchanged but for the dead-letter headers, straight to the queue it came from (through the default exchange, so no
 * other queue bound to the original exchange gets it twice), waits for the broker's confirm, and only then removes it
 * from the dead-letter queue. A crash between the two leaves the dead letter where it was and the message replayed:
 * replaying it again is harmless, since every ingest is idempotent by key downstream (docs/messages.md).
 */
public final class DeadLetterQueues {

    /** Dead letters with the same origin queue and reason. */
    public record Group(String queue, String reason, long count, Instant firstSeen, Instant lastSeen) {
    }

    /** What a replay did: how many went back, how many matched nothing and stayed, and what went wrong. */
    public record ReplayResult(long replayed, long kept, List<String> problems) {
    }

    /** Headers the dead-lettering added; a replayed message is the message as it was before it failed. */
    private static final List<String> DEAD_LETTER_HEADERS = List.of("x-death", "x-first-death-queue",
            "x-first-death-reason", "x-first-death-exchange", "x-last-death-queue", "x-last-death-reason",
            "x-last-death-exchange", "x-delivery-count", "x-tarikh-reason", "x-tarikh-error", "x-tarikh-service",
            "x-tarikh-failed-at", "x-original-queue", "x-original-exchange", "x-original-routing-key");

    private static final int CONFIRM_BATCH = 256;

    private final Connection connection;
    private final long limit;
    private final long quietMillis;

    /**
     * @param limit       at most this many dead letters are read from one queue in one command (the broker holds
     *                    them unacknowledged meanwhile)
     * @param quietMillis how long to wait for the next message before taking the queue as read
     */
    public DeadLetterQueues(Connection connection, long limit, long quietMillis) {
        this.connection = connection;
        this.limit = limit;
        this.quietMillis = quietMillis;
    }

    /** Every dead letter of these queues that matches the filters, grouped by origin queue and reason. */
    public List<Group> list(List<String> deadLetterQueues, String queueFilter, String reasonFilter)
            throws IOException, TimeoutException {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (String dlq : deadLetterQueues) {
            Channel channel = connection.createChannel();
            try {
                for (Delivery d : take(channel, dlq)) {
                    DeadLetter letter = DeadLetter.read(dlq, d.getProperties());
                    if (letter.matches(queueFilter, reasonFilter)) {
                        groups.merge(List.of(letter.queue(), letter.reason()),
                                new Group(letter.queue(), letter.reason(), 1, letter.failedAt(), letter.failedAt()),
                                DeadLetterQueues::add);
                    }
                }
            } finally {
                closeQuietly(channel); // returns every message taken to its queue
            }
        }
        List<Group> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparing(Group::queue).thenComparing(Group::count, Comparator.reverseOrder())
                .thenComparing(Group::reason));
        return out;
    }

    /** Sends every matching dead letter back to the queue it came from; the others stay where they are. */
    public ReplayResult replay(List<String> deadLetterQueues, String queueFilter, String reasonFilter)
            throws IOException, TimeoutException, InterruptedException {
        long replayed = 0;
        long kept = 0;
        List<String> problems = new ArrayList<>();
        for (String dlq : deadLetterQueues) {
            Channel channel = connection.createChannel();
            try {
                channel.confirmSelect();
                AtomicBoolean returned = new AtomicBoolean();
                channel.addReturnListener(r -> returned.set(true));
                Map<String, Boolean> targetExists = new HashMap<>();
                List<Long> pending = new ArrayList<>();
                for (Delivery d : take(channel, dlq)) {
                    DeadLetter letter = DeadLetter.read(dlq, d.getProperties());
                    if (!letter.matches(queueFilter, reasonFilter)) {
                        kept++;
                        continue;
                    }
                    if (!targetExists.computeIfAbsent(letter.queue(), this::queueExists)) {
                        problems.add(dlq + ": the queue " + letter.queue() + " does not exist; its dead letters stay");
                        kept++;
                        continue;
                    }
                    channel.basicPublish("", letter.queue(), true, replayProperties(d.getProperties(), dlq), d.getBody());
                    pending.add(d.getEnvelope().getDeliveryTag());
                    if (pending.size() >= CONFIRM_BATCH) {
                        replayed += settle(channel, pending, returned, dlq, problems);
                    }
                }
                replayed += settle(channel, pending, returned, dlq, problems);
            } finally {
                closeQuietly(channel); // what was not replayed returns to the dead-letter queue
            }
        }
        // a problem is said once per queue
        return new ReplayResult(replayed, kept, problems.stream().distinct().toList());
    }

    /** Waits for the broker to confirm the batch, then removes its dead letters; none if one was unroutable. */
    private static long settle(Channel channel, List<Long> pending, AtomicBoolean returned, String dlq,
            List<String> problems) throws IOException, InterruptedException, TimeoutException {
        if (pending.isEmpty()) {
            return 0;
        }
        channel.waitForConfirmsOrDie(30_000);
        long n = 0;
        if (returned.getAndSet(false)) {
            // the queue vanished during the replay: keep the batch's dead letters (some may have gone through;
            // replaying them again is idempotent downstream)
            problems.add(dlq + ": a replayed message could not be routed (queue deleted?); its batch stays");
        } else {
            for (long tag : pending) {
                channel.basicAck(tag, false);
                n++;
            }
        }
        pending.clear();
        return n;
    }

    private boolean queueExists(String queue) {
        try {
            Channel probe = connection.createChannel();
            try {
                probe.queueDeclarePassive(queue);
                return true;
            } finally {
                closeQuietly(probe);
            }
        } catch (IOException e) {
            return false; // the passive declare closed the probe channel: no such queue
        }
    }

    /**
     * Takes the queue's messages (at most {@code limit}) without acknowledging them: until as many as the queue
     * counted have come, or none came for {@code quietMillis}. The count alone is not trusted: messages that another
     * channel returned a moment ago may not be counted yet.
     */
    private List<Delivery> take(Channel channel, String dlq) throws IOException {
        long count;
        try {
            Channel probe = connection.createChannel();
            try {
                count = probe.queueDeclarePassive(dlq).getMessageCount();
            } finally {
                closeQuietly(probe);
            }
        } catch (IOException e) {
            return List.of(); // no such queue: nothing dead-lettered there yet
        }
        BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        channel.basicQos(0); // every message at once: they stay unacknowledged in the broker, not copied twice here
        String tag = channel.basicConsume(dlq, false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                    byte[] body) {
                received.add(new Delivery(envelope, properties, body));
            }
        });
        List<Delivery> out = new ArrayList<>();
        try {
            while (out.size() < limit && (count == 0 || out.size() < count)) {
                Delivery d = received.poll(quietMillis, TimeUnit.MILLISECONDS);
                if (d == null) {
                    break; // nothing more, or another client holds the rest
                }
                out.add(d);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.basicCancel(tag);
        // deliveries that arrived past the limit stay unacknowledged and go back when the channel closes
        return out;
    }

    static AMQP.BasicProperties replayProperties(AMQP.BasicProperties original, String dlq) {
        Map<String, Object> headers = new HashMap<>(original.getHeaders() == null ? Map.of() : original.getHeaders());
        DEAD_LETTER_HEADERS.forEach(headers::remove);
        headers.put("x-tarikh-replayed-from", dlq);
        headers.put("x-tarikh-replayed-at", OffsetDateTime.now().toString());
        return original.builder().headers(headers).deliveryMode(2).build();
    }

    private static Group add(Group a, Group b) {
        return new Group(a.queue(), a.reason(), a.count() + b.count(), min(a.firstSeen(), b.firstSeen()),
                max(a.lastSeen(), b.lastSeen()));
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static void closeQuietly(Channel channel) {
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            // closing is best effort: the broker requeues what the channel held either way
        }
    }
}
