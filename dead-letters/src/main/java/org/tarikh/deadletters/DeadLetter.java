package org.tarikh.deadletters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.AMQP;

/**
 * What a dead letter says about itself: the queue it came from, why it failed, and when. Two writers make dead
 * letters, and both are read:
 * <ul>
 * <li>a service that found a message it cannot process publishes it with {@code x-original-queue},
 * {@code x-tarikh-reason}, {@code x-tarikh-error}, {@code x-tarikh-service} and {@code x-tarikh-failed-at}
 * (docs/messages.md);</li>
 * <li>the broker dead-letters a message its consumers never acknowledged within the queue's {@code x-delivery-limit},
 * or one rejected without requeue, and records it in the {@code x-death} header (queue, reason, time).</li>
 * </ul>
 * A message with neither is attributed to the queue its dead-letter queue is named after.
 *
 * @param deadLetterQueue where it sits now
 * @param queue           the queue it came from, and where a replay sends it
 * @param reason          why it was dead-lettered
 * @param failedAt        when, or null when the message does not say
 */
public record DeadLetter(String deadLetterQueue, String queue, String reason, Instant failedAt) {

    static final String DLQ_SUFFIX = ".dlq";

    public static DeadLetter read(String deadLetterQueue, AMQP.BasicProperties properties) {
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        String fallbackQueue = deadLetterQueue.endsWith(DLQ_SUFFIX)
                ? deadLetterQueue.substring(0, deadLetterQueue.length() - DLQ_SUFFIX.length())
                : deadLetterQueue;
        String reason = text(headers.get("x-tarikh-reason"));
        if (reason != null) {
            String queue = text(headers.get("x-original-queue"));
            return new DeadLetter(deadLetterQueue, queue == null ? fallbackQueue : queue, reason,
                    instant(headers.get("x-tarikh-failed-at")));
        }
        if (headers.get("x-death") instanceof List<?> deaths && !deaths.isEmpty() && deaths.get(0) instanceof Map<?, ?> death) {
            // the first entry is the most recent death; the broker's reasons are single words
            String queue = text(death.get("queue"));
            String why = text(death.get("reason"));
            Object count = death.get("count");
            String detail = switch (why == null ? "" : why) {
                case "delivery_limit" -> "no consumer acknowledged it within the queue's delivery limit";
                case "rejected" -> "a consumer rejected it without requeue";
                case "expired" -> "its time to live ran out";
                case "maxlen" -> "the queue was over its length limit";
                default -> "dead-lettered by the broker";
            };
            String reasonText = "broker: " + (why == null ? "unknown" : why) + " (" + detail
                    + (count == null ? "" : ", count " + count) + ")";
            return new DeadLetter(deadLetterQueue, queue == null ? fallbackQueue : queue, reasonText,
                    instant(death.get("time")));
        }
        return new DeadLetter(deadLetterQueue, fallbackQueue, "unknown (no x-tarikh-reason or x-death header)",
                properties.getTimestamp() == null ? null : properties.getTimestamp().toInstant());
    }

    /** Case-insensitive: the queue it came from or the dead-letter queue, exactly; the reason, as a substring. */
    public boolean matches(String queueFilter, String reasonFilter) {
        boolean queueOk = queueFilter == null || queueFilter.equals(queue) || queueFilter.equals(deadLetterQueue);
        boolean reasonOk = reasonFilter == null || reason.toLowerCase().contains(reasonFilter.toLowerCase());
        return queueOk && reasonOk;
    }

    static String text(Object value) {
        return value == null ? null : value.toString(); // AMQP strings arrive as LongString
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
