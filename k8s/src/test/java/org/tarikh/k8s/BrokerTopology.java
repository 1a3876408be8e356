package org.tarikh.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RabbitMQ topology the services declare themselves (messaging/Topology.java of each), read from their source so
 * that production's Messaging Topology Operator resources can be compared with it: a queue declared with other
 * arguments than an existing one fails (PRECONDITION_FAILED), so both must stay the same.
 *
 * @param exchanges name to type (topic, direct ...)
 * @param queues    name to x-arguments (x-queue-type included)
 * @param bindings  exchange, queue and routing key of each binding
 */
record BrokerTopology(Map<String, String> exchanges, Map<String, Map<String, Object>> queues, Set<Binding> bindings) {

    record Binding(String source, String destination, String routingKey) implements Comparable<Binding> {
        @Override
        public int compareTo(Binding other) {
            return toString().compareTo(other.toString());
        }
    }

    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]+)\";");
    private static final Pattern EXCHANGE = Pattern.compile("exchangeDeclare\\((\\w+), BuiltinExchangeType\\.(\\w+), true\\)");
    private static final Pattern WORK_QUEUE_CALL = Pattern.compile("declareWorkQueue\\(channel, (\\w+), (\\w+)");
    private static final Pattern WORK_QUEUE_KEY = Pattern.compile("queueBind\\(queue, exchange, \"([^\"]*)\"\\)");
    private static final Pattern INLINE_BINDING = Pattern.compile("queueBind\\((\\w+), (\\w+), \"([^\"]*)\"\\)");
    private static final String DEAD_LETTER_QUEUE_SUFFIX = ".dlq";

    /**
     * The shape every work queue is declared with. If Topology.java changes it, this reader and the topology
     * resources in k8s/overlays/production must change with it: the test says so rather than guess.
     */
    private static final List<String> WORK_QUEUE_SHAPE = List.of(
            "\"x-queue-type\", \"quorum\"",
            "\"x-delivery-limit\", deliveryLimit",
            "\"x-dead-letter-exchange\", DEAD_LETTER_EXCHANGE",
            "\"x-dead-letter-routing-key\", dlq",
            "+ \".dlq\"",
            "queueBind(dlq, DEAD_LETTER_EXCHANGE, dlq)");

    static Path topologySource(String service) {
        String pkg = service.substring(0, service.indexOf('-'));
        return Repo.service(service).resolve("src/main/java/org/tarikh/" + pkg + "/messaging/Topology.java");
    }

    /** What all the services declare together. */
    static BrokerTopology declaredByServices() {
        Map<String, String> exchanges = new TreeMap<>();
        Map<String, Map<String, Object>> queues = new TreeMap<>();
        Set<Binding> bindings = new TreeSet<>();
        for (String service : Repo.SERVICES) {
            BrokerTopology own = declaredBy(service);
            merge(service, exchanges, own.exchanges());
            merge(service, queues, own.queues());
            bindings.addAll(own.bindings());
        }
        return new BrokerTopology(exchanges, queues, bindings);
    }

    static BrokerTopology declaredBy(String service) {
        String source;
        try {
            source = Files.readString(topologySource(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int deliveryLimit = Integer.parseInt(
                ServiceSettings.of(service).property("tarikh.messaging.delivery-limit").trim());
        return parse(service, source, deliveryLimit);
    }

    static BrokerTopology parse(String service, String source, int deliveryLimit) {
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        for (String fragment : WORK_QUEUE_SHAPE) {
            if (!source.contains(fragment)) {
                throw new AssertionError(service + "'s Topology.java no longer declares its queues with " + fragment
                        + ": update BrokerTopology and the queue resources of k8s/overlays/production together");
            }
        }
        Map<String, String> exchanges = new TreeMap<>();
        Matcher exchange = EXCHANGE.matcher(source);
        while (exchange.find()) {
            exchanges.put(resolve(service, constants, exchange.group(1)), exchange.group(2).toLowerCase(Locale.ROOT));
        }
        String deadLetterExchange = resolve(service, constants, "DEAD_LETTER_EXCHANGE");
        Map<String, Map<String, Object>> queues = new TreeMap<>();
        Set<Binding> bindings = new TreeSet<>();
        Matcher workQueueKey = WORK_QUEUE_KEY.matcher(source);
        String helperKey = workQueueKey.find() ? workQueueKey.group(1) : null;
        Matcher call = WORK_QUEUE_CALL.matcher(source);
        while (call.find()) {
            if (helperKey == null) {
                throw new AssertionError(service + "'s Topology.java calls declareWorkQueue but binds with no literal key");
            }
            addWorkQueue(queues, bindings, resolve(service, constants, call.group(1)),
                    resolve(service, constants, call.group(2)), helperKey, deadLetterExchange, deliveryLimit);
        }
        Matcher inline = INLINE_BINDING.matcher(source);
        while (inline.find()) {
            if (constants.containsKey(inline.group(1)) && constants.containsKey(inline.group(2))) {
                addWorkQueue(queues, bindings, constants.get(inline.group(1)), constants.get(inline.group(2)),
                        inline.group(3), deadLetterExchange, deliveryLimit);
            }
        }
        if (queues.isEmpty()) {
            throw new AssertionError("no queue found in " + service + "'s Topology.java");
        }
        return new BrokerTopology(exchanges, queues, bindings);
    }

    private static void addWorkQueue(Map<String, Map<String, Object>> queues, Set<Binding> bindings, String queue,
            String exchange, String routingKey, String deadLetterExchange, int deliveryLimit) {
        String deadLetterQueue = queue + DEAD_LETTER_QUEUE_SUFFIX;
        queues.put(queue, Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", deliveryLimit,
                "x-dead-letter-exchange", deadLetterExchange,
                "x-dead-letter-routing-key", deadLetterQueue));
        queues.put(deadLetterQueue, Map.of("x-queue-type", "quorum"));
        bindings.add(new Binding(exchange, queue, routingKey));
        bindings.add(new Binding(deadLetterExchange, deadLetterQueue, deadLetterQueue));
    }

    private static String resolve(String service, Map<String, String> constants, String name) {
        String value = constants.get(name);
        if (value == null) {
            throw new AssertionError(service + "'s Topology.java has no String constant " + name);
        }
        return value;
    }

    private static <V> void merge(String service, Map<String, V> into, Map<String, V> from) {
        from.forEach((name, value) -> {
            V previous = into.putIfAbsent(name, value);
            if (previous != null && !previous.equals(value)) {
                throw new AssertionError(service + " declares " + name + " as " + value + " but another service as "
                        + previous + ": the broker would refuse one of them");
            }
        });
    }
}
