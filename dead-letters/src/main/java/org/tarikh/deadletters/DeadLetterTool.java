package org.tarikh.deadletters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * {@code ./tarikh dlq list|replay}: what is in the dead-letter queues, and sending it back after a fix.
 *
 * <pre>
 * dlq list   [--queue Q] [--reason TEXT] [--json]
 * dlq replay [--queue Q] [--reason TEXT]
 * </pre>
 *
 * The broker is the one the services use ({@code TARIKH_RABBITMQ_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _VHOST}). {@code --dlq NAME} (repeatable) names the dead-letter queues to read; without
 * it, those of the services' work queues (docs/messages.md). Exit status: 0 done, 1 a replay left something behind
 * it should have sent, 2 wrong usage or no broker.
 */
public final class DeadLetterTool {

    /** The dead-letter queues of the work queues the services declare (each service's messaging/Topology). */
    static final List<String> DEFAULT_DEAD_LETTER_QUEUES = List.of("entity.segments.dlq", "timeline.enriched.dlq");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    record Options(String command, String queue, String reason, boolean json, List<String> deadLetterQueues,
            long limit) {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("dlq: " + e.getMessage());
            err.println(usage());
            System.exit(2);
            return;
        }
        ConnectionFactory factory = connectionFactory(System.getenv());
        try (Connection connection = factory.newConnection("tarikh-dlq")) {
            System.exit(run(options, new DeadLetterQueues(connection, options.limit(), 1_000), out));
        } catch (java.io.IOException | java.util.concurrent.TimeoutException e) {
            err.println("dlq: cannot reach RabbitMQ at " + factory.getHost() + ":" + factory.getPort() + " (virtual host "
                    + factory.getVirtualHost() + "): " + e);
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(2);
        }
    }

    static int run(Options options, DeadLetterQueues queues, PrintStream out)
            throws java.io.IOException, java.util.concurrent.TimeoutException, InterruptedException {
        if (options.command().equals("list")) {
            List<DeadLetterQueues.Group> groups = queues.list(options.deadLetterQueues(), options.queue(), options.reason());
            out.print(options.json() ? json(groups) : table(groups));
            return 0;
        }
        DeadLetterQueues.ReplayResult result = queues.replay(options.deadLetterQueues(), options.queue(), options.reason());
        out.printf("replayed %d dead letter(s) to the queues they came from; %d left in the dead-letter queues%n",
                result.replayed(), result.kept());
        result.problems().forEach(p -> out.println("  " + p));
        return result.problems().isEmpty() ? 0 : 1;
    }

    static Options parse(String[] args) {
        if (args.length == 0 || !(args[0].equals("list") || args[0].equals("replay"))) {
            throw new IllegalArgumentException(args.length == 0 ? "a command is needed" : "unknown command " + args[0]);
        }
        String queue = null;
        String reason = null;
        boolean json = false;
        long limit = 100_000;
        Set<String> dlqs = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--queue" -> queue = value(args, ++i, a);
                case "--reason" -> reason = value(args, ++i, a);
                case "--dlq" -> dlqs.add(value(args, ++i, a));
                case "--limit" -> limit = Long.parseLong(value(args, ++i, a));
                case "--json" -> {
                    if (args[0].equals("replay")) {
                        throw new IllegalArgumentException("--json is for list");
                    }
                    json = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (dlqs.isEmpty()) {
            dlqs.addAll(DEFAULT_DEAD_LETTER_QUEUES);
        }
        if (queue != null) {
            // the queue a dead letter came from, or its dead-letter queue: either names where to look
            dlqs.add(queue.endsWith(DeadLetter.DLQ_SUFFIX) ? queue : queue + DeadLetter.DLQ_SUFFIX);
        }
        return new Options(args[0], queue, reason, json, new ArrayList<>(dlqs), limit);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static String usage() {
        return """
                usage: ./tarikh dlq list   [--queue Q] [--reason TEXT] [--json]
                       ./tarikh dlq replay [--queue Q] [--reason TEXT]
                  --queue Q       only dead letters from queue Q (a work queue such as timeline.enriched, or its .dlq)
                  --reason TEXT   only dead letters whose reason contains TEXT (case-insensitive)""";
    }

    static ConnectionFactory connectionFactory(Map<String, String> env) {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(env.getOrDefault("TARIKH_RABBITMQ_HOST", "127.0.0.1"));
        f.setPort(Integer.parseInt(env.getOrDefault("TARIKH_RABBITMQ_PORT", "5672")));
        f.setUsername(env.getOrDefault("TARIKH_RABBITMQ_USER", "guest"));
        f.setPassword(env.getOrDefault("TARIKH_RABBITMQ_PASSWORD", "guest"));
        f.setVirtualHost(env.getOrDefault("TARIKH_RABBITMQ_VHOST", "/"));
        f.setConnectionTimeout(5_000);
        return f;
    }

    static String table(List<DeadLetterQueues.Group> groups) {
        if (groups.isEmpty()) {
            return "no dead letters\n";
        }
        int qw = Math.max(5, groups.stream().mapToInt(g -> g.queue().length()).max().orElse(5));
        StringBuilder sb = new StringBuilder();
        String format = "%-" + qw + "s  %6s  %-20s  %-20s  %s%n";
        sb.append(String.format(format, "QUEUE", "COUNT", "FIRST SEEN", "LAST SEEN", "REASON"));
        for (DeadLetterQueues.Group g : groups) {
            sb.append(String.format(format, g.queue(), g.count(), time(g.firstSeen()), time(g.lastSeen()),
                    g.reason().replaceAll("\\s+", " ")));
        }
        return sb.toString();
    }

    static String json(List<DeadLetterQueues.Group> groups) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < groups.size(); i++) {
            DeadLetterQueues.Group g = groups.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("  {\"queue\": ").append(quote(g.queue()))
                    .append(", \"reason\": ").append(quote(g.reason()))
                    .append(", \"count\": ").append(g.count())
                    .append(", \"firstSeen\": ").append(g.firstSeen() == null ? "null" : quote(g.firstSeen().toString()))
                    .append(", \"lastSeen\": ").append(g.lastSeen() == null ? "null" : quote(g.lastSeen().toString()))
                    .append('}');
        }
        return sb.append(groups.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
