package org.tarikh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.client.ConnectionFactory;

/**
 * RabbitMQ's own load tool (com.rabbitmq:perf-test) over the same two hops as Tarikh: one durable quorum queue per hop,
 * persistent messages of the size Tarikh's messages had on that hop, publisher confirms (at most 100 outstanding),
 * consumers that acknowledge every message, prefetch 100. Both hops run at once, each in its own JVM, for the same
 * number of seconds; a pipeline carries what its slower hop carries.
 */
final class PerfTestRun {

    private static final Pattern RATE = Pattern.compile("(sending|receiving) rate avg: ([0-9.]+) msg/s");

    record Hop(String name, int messageBytes, double sentPerSecond, double receivedPerSecond, String log) {
    }

    private PerfTestRun() {
    }

    static List<Hop> run(ConnectionFactory f, Map<String, Integer> sizes, int seconds, Path out)
            throws IOException, InterruptedException {
        String uri = "amqp://" + f.getUsername() + ":" + f.getPassword() + "@" + f.getHost() + ":" + f.getPort() + "/"
                + URLEncoder.encode(f.getVirtualHost(), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Map<String, Process> processes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> hop : sizes.entrySet()) {
            Path log = out.resolve("perftest-" + hop.getKey() + ".log");
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", classpath, "com.rabbitmq.perf.PerfTest",
                    "--uri", uri, "--queue", "bench.perftest." + hop.getKey(), "--quorum-queue",
                    "--producers", "1", "--consumers", "1", "--size", Integer.toString(hop.getValue()),
                    "--confirm", "100", "--qos", "100", "--time", Integer.toString(seconds),
                    "--id", hop.getKey(), "--interval", "5"));
            processes.put(hop.getKey(), new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        List<Hop> hops = new ArrayList<>();
        for (Map.Entry<String, Process> p : processes.entrySet()) {
            if (!p.getValue().waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                p.getValue().destroyForcibly();
            }
            Path log = out.resolve("perftest-" + p.getKey() + ".log");
            double sent = Double.NaN;
            double received = Double.NaN;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    Matcher m = RATE.matcher(line);
                    while (m.find()) {
                        if (m.group(1).equals("sending")) {
                            sent = Double.parseDouble(m.group(2));
                        } else {
                            received = Double.parseDouble(m.group(2));
                        }
                    }
                }
            }
            hops.add(new Hop(p.getKey(), sizes.get(p.getKey()), sent, received, log.getFileName().toString()));
        }
        return hops;
    }
}
