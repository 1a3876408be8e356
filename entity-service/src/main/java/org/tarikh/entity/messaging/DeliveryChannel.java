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
 * not expose otherwise), and the broker names a new consumer (its consumer tag) on the new channel.
 */
record DeliveryChannel(String consumerTag, RabbitMQClientImpl client, long instance) {

    private static final Field HOLDER = holderField();

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
        return new DeliveryChannel(tag, client, client == null ? 0 : client.getChannelInstance());
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
