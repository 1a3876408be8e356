package org.tarikh.entity.messaging;

import java.lang.reflect.Field;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.rabbitmq.ClientHolder;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMessage;
import io.vertx.rabbitmq.impl.RabbitMQClientImpl;

/**
 * The channel that delivered a message. A delivery tag means something only on that channel: once the connection to
 * the broker was lost, the broker has put the channel's unacknowledged messages back in the queue, and the connector
 * consumes again on a new channel, where the same number names another message (or none, and acknowledging it closes
 * the channel). Two signs tell that the delivering channel is gone: the connector's client counts its channels (Vert.x
 * {@code RabbitMQClientImpl.getChannelInstance}, read through the message's client holder, which the connector does
 * not expose otherwise), and the broker names a new consumer (its consumer tag) on the new channel. A message may wait
 * in the connector between its delivery and its processing, while the channel is replaced: so a channel is known by
 * its consumer tag, and the channel count is the one when that tag was first seen.
 */
record DeliveryChannel(String consumerTag, RabbitMQClientImpl client, long instance) {

    private static final Field HOLDER = holderField();
    /** The client's channel count when each recent consumer tag was first seen. */
    private static final java.util.Map<String, Long> FIRST_SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    static DeliveryChannel of(Message<?> message) {
        if (!(message instanceof IncomingRabbitMQMessage<?> delivered)) {
            return new DeliveryChannel(null, null, 0);
        }
        String tag = delivered.getRabbitMQMessage() == null ? null : delivered.getRabbitMQMessage().consumerTag();
        RabbitMQClientImpl client = null;
        try {
            if (HOLDER != null && HOLDER.get(delivered) instanceof ClientHolder holder
                    && holder.client().getDelegate() instanceof RabbitMQClientImpl impl) {
                client = impl;
            }
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            // another connector version: the consumer tag alone tells
        }
        if (client == null) {
            return new DeliveryChannel(tag, null, 0);
        }
        if (tag == null) {
            return new DeliveryChannel(null, client, client.getChannelInstance());
        }
        if (FIRST_SEEN.size() > 64 && !FIRST_SEEN.containsKey(tag)) {
            FIRST_SEEN.clear(); // consumer tags of channels long gone
        }
        RabbitMQClientImpl current = client;
        long instance = FIRST_SEEN.computeIfAbsent(tag, t -> current.getChannelInstance());
        return new DeliveryChannel(tag, client, instance);
    }

    /** Whether this channel has been replaced since the delivery ({@code latestTag}: the latest delivery's consumer). */
    boolean gone(String latestTag) {
        return consumerTag != null && latestTag != null && !consumerTag.equals(latestTag)
                || client != null && client.getChannelInstance() != instance;
    }

    private static Field holderField() {
        try {
            Field f = IncomingRabbitMQMessage.class.getDeclaredField("holder");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
