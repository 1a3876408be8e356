package org.tarikh.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * What the embedded Qpid Broker-J does with what the services ask of RabbitMQ, through the client they use: the
 * differences docs/operations.md lists ("Embedded mode") are asserted here, so that a Qpid upgrade that changes one
 * of them is noticed.
 */
class EmbeddedBrokerTest {

    static final AMQP.BasicProperties PERSISTENT_JSON = new AMQP.BasicProperties.Builder().deliveryMode(2)
            .contentType("application/json").messageId("s-1").headers(Map.of("schema", "tarikh.segment/v1")).build();

    static int port;
    static Path workDir;
    static EmbeddedBroker broker;

    @BeforeAll
    static void start() throws IOException {
        port = freePort();
        workDir = Files.createTempDirectory("embedded-broker");
        broker = EmbeddedBroker.start(port, "guest", "guest", List.of("/", "tarikh-try"), workDir);
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Connection connect(String virtualHost) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(port);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(virtualHost);
        return factory.newConnection();
    }

    @Test
    void theDefaultAndANamedVirtualHostAcceptTheUserAndAnUnknownOneIsRefused() throws Exception {
        for (String vhost : List.of("/", "tarikh-try")) {
            try (Connection c = connect(vhost)) {
                assertTrue(String.valueOf(c.getServerProperties().get("product")).contains("Qpid"));
            }
        }
        assertThrows(IOException.class, () -> connect("nobody-made-this").close());
    }

    @Test
    void rabbitmqQueueArgumentsCloseTheConnectionNamingTheArgument() throws Exception {
        for (Map<String, Object> arguments : List.<Map<String, Object>>of(
                Map.of("x-queue-type", "quorum"),
                Map.of("x-delivery-limit", 5),
                Map.of("x-dead-letter-exchange", "tarikh.dead-letters"),
                Map.of("x-dead-letter-routing-key", "entity.segments.dlq"))) {
            String name = arguments.keySet().iterator().next();
            try (Connection c = connect("/")) {
                Channel channel = c.createChannel();
                IOException refused = assertThrows(IOException.class,
                        () -> channel.queueDeclare("refused", true, false, false, arguments));
                String reason = String.valueOf(refused.getCause());
                assertTrue(reason.contains("connection.close") && reason.contains(name), reason);
            } catch (com.rabbitmq.client.AlreadyClosedException expected) {
                // closing a connection the broker closed
            }
        }
    }

    @Test
    void aTopicExchangeRoutesByPatternAndConfirmsPersistentMessages() throws Exception {
        try (Connection c = connect("tarikh-try")) {
            Channel channel = c.createChannel();
            channel.exchangeDeclare("t.segments", BuiltinExchangeType.TOPIC, true);
            channel.queueDeclare("t.all", true, false, false, Map.of());
            channel.queueBind("t.all", "t.segments", "#");
            channel.queueDeclare("t.arabic", true, false, false, Map.of());
            channel.queueBind("t.arabic", "t.segments", "ar.*");
            channel.confirmSelect();
            channel.basicPublish("t.segments", "ar.paragraph", PERSISTENT_JSON, bytes("{\"a\":1}"));
            channel.basicPublish("t.segments", "en.caption", PERSISTENT_JSON, bytes("{\"e\":1}"));
            channel.waitForConfirmsOrDie(10_000);

            assertEquals(2, drain(channel, "t.all").size());
            List<GetResponse> arabic = drain(channel, "t.arabic");
            assertEquals(1, arabic.size());
            GetResponse message = arabic.get(0);
            assertEquals("ar.paragraph", message.getEnvelope().getRoutingKey());
            assertEquals("tarikh.segment/v1", String.valueOf(message.getProps().getHeaders().get("schema")));
            assertEquals("s-1", message.getProps().getMessageId());
            assertEquals(2, message.getProps().getDeliveryMode());
        }
    }

    /**
     * The services return a message they failed on with requeue, and RabbitMQ's x-delivery-limit dead-letters it
     * after 5 tries. Qpid's own limit (x-qpid-maximum-delivery-count, which it accepts) does not count such returns:
     * the message comes back every time, hence "no delivery limit" in embedded mode.
     */
    @Test
    void aRequeuedMessageComesBackWithoutEndEvenUnderQpidsOwnDeliveryLimit() throws Exception {
        try (Connection c = connect("tarikh-try")) {
            Channel channel = c.createChannel();
            channel.queueDeclare("t.retry.dlq", true, false, false, Map.of());
            channel.queueDeclare("t.retry", true, false, false, Map.of("x-qpid-maximum-delivery-count", 2,
                    "alternateBinding", Map.of("destination", "t.retry.dlq")));
            channel.confirmSelect();
            channel.basicPublish("", "t.retry", PERSISTENT_JSON, bytes("{}"));
            channel.waitForConfirmsOrDie(10_000);
            for (int attempt = 1; attempt <= 8; attempt++) {
                GetResponse message = await(channel, "t.retry");
                assertNotNull(message, "attempt " + attempt);
                assertEquals(attempt > 1, message.getEnvelope().isRedeliver());
                channel.basicNack(message.getEnvelope().getDeliveryTag(), false, true);
            }
            assertNull(channel.basicGet("t.retry.dlq", true));
        }
    }

    /** RabbitMQ refuses (PRECONDITION_FAILED) a declaration whose arguments differ from the queue's; Qpid does not. */
    @Test
    void aQueueRedeclaredWithOtherArgumentsIsAccepted() throws Exception {
        try (Connection c = connect("tarikh-try")) {
            Channel channel = c.createChannel();
            channel.queueDeclare("t.redeclared", true, false, false, Map.of("x-qpid-maximum-delivery-count", 5));
            channel.queueDeclare("t.redeclared", true, false, false, Map.of("x-qpid-maximum-delivery-count", 7));
            assertTrue(channel.isOpen());
        }
    }

    @Test
    void messagesAreKeptInMemoryOnlyAndARestartLosesThem() throws Exception {
        int otherPort = freePort();
        Path otherWorkDir = Files.createTempDirectory("embedded-broker-restart");
        try (EmbeddedBroker first = EmbeddedBroker.start(otherPort, "guest", "guest", List.of("/"), otherWorkDir)) {
            try (Connection c = connectTo(otherPort)) {
                Channel channel = c.createChannel();
                channel.queueDeclare("t.kept", true, false, false, Map.of());
                channel.confirmSelect();
                channel.basicPublish("", "t.kept", PERSISTENT_JSON, bytes("{}"));
                channel.waitForConfirmsOrDie(10_000);
                assertEquals(1, channel.messageCount("t.kept"));
            }
        }
        try (EmbeddedBroker second = EmbeddedBroker.start(otherPort, "guest", "guest", List.of("/"), otherWorkDir);
                Connection c = connectTo(otherPort)) {
            Channel channel = c.createChannel();
            // a durable queue and its persistent message are gone with the process that held them
            IOException gone = assertThrows(IOException.class, () -> channel.queueDeclarePassive("t.kept"));
            assertTrue(String.valueOf(gone.getCause()).contains("404"), String.valueOf(gone.getCause()));
        }
    }

    static Connection connectTo(int brokerPort) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(brokerPort);
        return factory.newConnection();
    }

    static List<GetResponse> drain(Channel channel, String queue) throws Exception {
        List<GetResponse> messages = new java.util.ArrayList<>();
        GetResponse message;
        while ((message = await(channel, queue)) != null) {
            messages.add(message);
            channel.basicAck(message.getEnvelope().getDeliveryTag(), false);
        }
        return messages;
    }

    /** The next message of {@code queue}, waiting a little for one just routed or returned; null if none comes. */
    static GetResponse await(Channel channel, String queue) {
        AtomicReference<GetResponse> message = new AtomicReference<>();
        try {
            // polled in this thread: a poll still running after the timeout would take a message no one reads
            Awaitility.await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                    .until(() -> message.updateAndGet(m -> m != null ? m : get(channel, queue)) != null);
        } catch (ConditionTimeoutException none) {
            // no message came
        }
        return message.get();
    }

    private static GetResponse get(Channel channel, String queue) {
        try {
            return channel.basicGet(queue, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
