package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MessagingTopologyTest {

    private static Manifests production() {
        return Kubectl.render(Repo.k8s().resolve("overlays/production"));
    }

    /** The topology the Messaging Topology Operator resources declare, in the same terms as the services'. */
    private static BrokerTopology declaredByOperator(Manifests manifests) {
        Map<String, String> exchanges = new TreeMap<>();
        Map<String, Map<String, Object>> queues = new TreeMap<>();
        Set<BrokerTopology.Binding> bindings = new TreeSet<>();
        for (ObjectNode exchange : manifests.ofKind("Exchange")) {
            JsonNode spec = exchange.path("spec");
            assertTrue(spec.path("durable").asBoolean(false) && !spec.path("autoDelete").asBoolean(true),
                    "exchanges are durable and never auto-deleted: " + exchange);
            exchanges.put(spec.path("name").asText(), spec.path("type").asText());
        }
        for (ObjectNode queue : manifests.ofKind("Queue")) {
            JsonNode spec = queue.path("spec");
            assertTrue(spec.path("durable").asBoolean(false) && !spec.path("autoDelete").asBoolean(true),
                    "queues are durable and never auto-deleted: " + queue);
            Map<String, Object> arguments = new TreeMap<>(Manifests.YAML.convertValue(spec.path("arguments").isMissingNode()
                    ? Manifests.YAML.createObjectNode() : spec.path("arguments"), Map.class));
            arguments.put("x-queue-type", spec.path("type").asText());
            queues.put(spec.path("name").asText(), arguments);
        }
        for (ObjectNode binding : manifests.ofKind("Binding")) {
            JsonNode spec = binding.path("spec");
            assertEquals("queue", spec.path("destinationType").asText(), binding.toString());
            bindings.add(new BrokerTopology.Binding(spec.path("source").asText(), spec.path("destination").asText(),
                    spec.path("routingKey").asText()));
        }
        return new BrokerTopology(exchanges, queues, bindings);
    }

    @Test
    void productionDeclaresExactlyWhatTheServicesDeclare() {
        BrokerTopology services = BrokerTopology.declaredByServices();
        BrokerTopology operator = declaredByOperator(production());
        assertEquals(services.exchanges(), operator.exchanges());
        assertEquals(services.queues(), operator.queues());
        assertEquals(services.bindings(), operator.bindings());
    }

    @Test
    void theServicesDeclareTheTopologyTheArchitectureNames() {
        BrokerTopology services = BrokerTopology.declaredByServices();
        assertEquals(Map.of("tarikh.segments", "topic", "tarikh.enriched", "topic", "tarikh.dead-letters", "direct"),
                services.exchanges());
        assertEquals(Set.of("entity.segments", "entity.segments.dlq", "timeline.enriched", "timeline.enriched.dlq"),
                services.queues().keySet());
    }

    @Test
    void everyTopologyResourceLivesInTheServicesVirtualHost() {
        Manifests manifests = production();
        Set<String> vhosts = new TreeSet<>();
        for (String service : Repo.SERVICES) {
            vhosts.add(manifests.configMapData(configMapOf(manifests, service)).orElseThrow().get("TARIKH_RABBITMQ_VHOST"));
        }
        assertEquals(1, vhosts.size(), "the services share one virtual host: " + vhosts);
        String vhost = vhosts.iterator().next();
        assertEquals(vhost, manifests.get("Vhost", vhost).path("spec").path("name").asText());
        for (ObjectNode resource : manifests.ofApiGroup("rabbitmq.com")) {
            String kind = Manifests.kindOf(resource);
            if (!kind.equals("RabbitmqCluster") && !kind.equals("User") && !kind.equals("Vhost")) {
                assertEquals(vhost, resource.path("spec").path("vhost").asText(), Manifests.label(resource));
            }
            if (!kind.equals("RabbitmqCluster")) {
                assertEquals("tarikh-rabbitmq", resource.path("spec").path("rabbitmqClusterReference").path("name").asText(),
                        Manifests.label(resource));
            }
        }
    }

    @Test
    void theDeadLetteringPolicyCoversTheWorkQueuesAndNothingElse() {
        Manifests manifests = production();
        List<ObjectNode> policies = manifests.ofKind("Policy");
        assertEquals(1, policies.size());
        JsonNode spec = policies.get(0).path("spec");
        assertEquals("at-least-once", spec.path("definition").path("dead-letter-strategy").asText());
        // RabbitMQ ignores at-least-once dead-lettering unless overflow is reject-publish
        assertEquals("reject-publish", spec.path("definition").path("overflow").asText());
        Pattern pattern = Pattern.compile(spec.path("pattern").asText());
        BrokerTopology services = BrokerTopology.declaredByServices();
        services.queues().forEach((queue, arguments) -> assertEquals(arguments.containsKey("x-dead-letter-exchange"),
                pattern.matcher(queue).find(), queue));
    }

    @Test
    void theServicesUserMayDoWhatTheServicesDoAndNoMore() {
        Manifests manifests = production();
        JsonNode permissions = manifests.get("Permission", "tarikh-services").path("spec").path("permissions");
        Pattern write = Pattern.compile(permissions.path("write").asText());
        Pattern read = Pattern.compile(permissions.path("read").asText());
        assertEquals("^$", permissions.path("configure").asText(), "the operator declares the topology, not the services");
        List<String> published = new ArrayList<>();
        List<String> consumed = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            for (String key : settings.properties().stringPropertyNames()) {
                if (key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.exchange\\.name")) {
                    published.add(settings.property(key));
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.queue\\.name")) {
                    consumed.add(settings.property(key));
                }
            }
        }
        assertFalse(published.isEmpty() || consumed.isEmpty());
        published.forEach(exchange -> assertTrue(write.matcher(exchange).find(), "may publish to " + exchange));
        consumed.forEach(queue -> assertTrue(read.matcher(queue).find(), "may consume " + queue));
        BrokerTopology.declaredByServices().queues().keySet().stream().filter(q -> q.endsWith(".dlq"))
                .forEach(dlq -> assertFalse(read.matcher(dlq).find(), "the services do not consume " + dlq));
    }

    @Test
    void theAlertsWatchEveryDeadLetterQueueAndEveryWorkQueue() {
        Map<String, String> expressions = new TreeMap<>();
        for (ObjectNode rule : production().ofKind("PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode alert : group.path("rules")) {
                    expressions.put(alert.path("alert").asText(), alert.path("expr").asText());
                }
            }
        }
        BrokerTopology services = BrokerTopology.declaredByServices();
        for (String queue : services.queues().keySet()) {
            boolean deadLetterQueue = queue.endsWith(".dlq");
            assertEquals(deadLetterQueue, queueSelected(expressions.get("TarikhDeadLetters"), queue), queue);
            assertEquals(!deadLetterQueue, queueSelected(expressions.get("TarikhQueueWithoutConsumer"), queue), queue);
        }
    }

    /** Whether a PromQL expression's queue=~"..." matcher (anchored, as PromQL anchors it) selects the queue. */
    private static boolean queueSelected(String expression, String queue) {
        var matcher = Pattern.compile("queue=~\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expression);
        assertTrue(matcher.find(), "no queue matcher in " + expression);
        // in the YAML the regex is a PromQL string: its backslashes are escaped once more
        String regex = matcher.group(1).replace("\\\\", "\\");
        return Pattern.compile("^(?:" + regex + ")$").matcher(queue).matches();
    }

    /** Each consumer scales on the depth of the queue it consumes (KEDA), as the broker and its config name it. */
    @TestFactory
    Stream<DynamicTest> eachConsumerScalesOnTheQueueItConsumes() {
        Map<String, String> queueProperty = Map.of(
                "entity-service", "mp.messaging.incoming.segments.queue.name",
                "timeline-service", "mp.messaging.incoming.enriched.queue.name");
        return Repo.overlays().stream().flatMap(overlay -> queueProperty.entrySet().stream().map(consumer ->
                DynamicTest.dynamicTest(overlay.getFileName() + " " + consumer.getKey(), () -> {
            String service = consumer.getKey();
            Manifests manifests = Kubectl.render(overlay);
            JsonNode scaledObject = manifests.get("ScaledObject", service).path("spec");
            assertEquals(service, scaledObject.path("scaleTargetRef").path("name").asText());
            JsonNode trigger = scaledObject.path("triggers").get(0);
            assertEquals("rabbitmq", trigger.path("type").asText());
            assertEquals(ServiceSettings.of(service).property(consumer.getValue()),
                    trigger.path("metadata").path("queueName").asText());
            assertEquals("QueueLength", trigger.path("metadata").path("mode").asText());
            Map<String, String> config = manifests.configMapData(configMapOf(manifests, service)).orElseThrow();
            assertEquals(config.get("TARIKH_RABBITMQ_VHOST"), trigger.path("metadata").path("vhostName").asText());
            String namespace = manifests.get("Deployment", service).path("metadata").path("namespace").asText();
            // KEDA runs in its own namespace: the broker must be named with the services' namespace
            assertEquals("amqp://" + config.get("TARIKH_RABBITMQ_HOST") + "." + namespace + ".svc.cluster.local:"
                    + config.get("TARIKH_RABBITMQ_PORT") + "/", trigger.path("metadata").path("host").asText());
            // the trigger's credentials are the services' own Secret, never a copy
            String auth = trigger.path("authenticationRef").path("name").asText();
            JsonNode refs = manifests.get("TriggerAuthentication", auth).path("spec").path("secretTargetRef");
            assertEquals(2, refs.size(), auth);
            refs.forEach(ref -> assertTrue(ref.path("name").asText().startsWith("tarikh-services-user-credentials"),
                    ref.toString()));
            assertTrue(scaledObject.path("minReplicaCount").asInt() >= 1, "a consumer never scales to zero");
        })));
    }

    /** timeline-service also serves pages: in production it scales on CPU as well, and keeps two pods. */
    @Test
    void timelineServiceScalesOnCpuTooAndKeepsTwoPodsInProduction() {
        JsonNode spec = production().get("ScaledObject", "timeline-service").path("spec");
        assertTrue(spec.path("minReplicaCount").asInt() >= 2, spec.toString());
        boolean cpu = false;
        for (JsonNode t : spec.path("triggers")) {
            cpu |= t.path("type").asText().equals("cpu") && t.path("metricType").asText().equals("Utilization");
        }
        assertTrue(cpu, "no CPU trigger: " + spec.path("triggers"));
    }

    @Test
    void refusesATopologySourceItCannotReadFaithfully() {
        String source = """
                public static final String SEGMENTS_EXCHANGE = "tarikh.segments";
                public static final String DEAD_LETTER_EXCHANGE = "tarikh.dead-letters";
                channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
                """;
        AssertionError error = assertThrows(AssertionError.class, () -> BrokerTopology.parse("some-service", source, 5));
        assertTrue(error.getMessage().contains("no longer declares its queues with"), error.getMessage());
    }

    private static String configMapOf(Manifests manifests, String service) {
        return manifests.get("Deployment", service).path("spec").path("template").path("spec").path("containers").get(0)
                .path("envFrom").get(0).path("configMapRef").path("name").asText();
    }
}
