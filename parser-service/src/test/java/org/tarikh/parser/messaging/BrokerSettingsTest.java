package org.tarikh.parser.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    static final Map<String, Object> WORK_QUEUE = Map.of("x-queue-type", "quorum", "x-delivery-limit", 5,
            "x-dead-letter-exchange", "tarikh.dead-letters", "x-dead-letter-routing-key", "q.dlq");

    static BrokerSettings on(String broker) {
        return new BrokerSettings("127.0.0.1", 5672, "guest", "guest", "/", broker);
    }

    @Test
    void rabbitmqGetsTheQuorumQueueWithItsDeliveryLimitAndDeadLetters() {
        assertEquals(WORK_QUEUE, on("rabbitmq").queueArguments(WORK_QUEUE));
    }

    @Test
    void qpidGetsNoneOfTheArgumentsItWouldCloseTheConnectionFor() {
        BrokerSettings qpid = on("Qpid");
        assertEquals(BrokerSettings.Broker.QPID, qpid.broker());
        assertTrue(qpid.queueArguments(WORK_QUEUE).isEmpty(), qpid.queueArguments(WORK_QUEUE).toString());
        assertEquals(Map.of("x-single-active-consumer", true),
                qpid.queueArguments(Map.of("x-queue-type", "quorum", "x-single-active-consumer", true)));
    }

    @Test
    void anUnknownBrokerIsRefusedWithTheSettingToFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> on("kafka"));
        assertTrue(e.getMessage().contains("TARIKH_MESSAGING_BROKER"), e.getMessage());
    }
}
