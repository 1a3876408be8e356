package org.tarikh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Once a second: each service's CPU time and RSS (pids from {@code .tarikh/.../run/<service>.pid}), the broker's and
 * PostgreSQL's (all their processes: shared with whoever else uses them on this machine), the machine's load, the
 * queue depths and the tap's counts, and the benchmark's own progress.
 */
final class Sampler implements Runnable {

    static final List<String> SERVICES = List.of("parser-service", "entity-service", "timeline-service");

    record Sample(double t, Map<String, ProcessStats.Usage> processes, double load1, long busyJiffies, long totalJiffies,
            Map<String, Long> depths, Map<String, long[]> tapped, int posted, int accepted, int completed) {
    }

    private final Path runDir;
    private final Broker broker;
    private final List<String> queues;
    private final long t0;
    private final Supplier<int[]> progress;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;

    Sampler(Path runDir, Broker broker, List<String> queues, long t0, Supplier<int[]> progress) {
        this.runDir = runDir;
        this.broker = broker;
        this.queues = queues;
        this.t0 = t0;
        this.progress = progress;
    }

    Map<String, Long> pids() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : SERVICES) {
            try {
                out.put(s, Long.parseLong(Files.readString(runDir.resolve(s + ".pid")).trim()));
            } catch (IOException | NumberFormatException e) {
                out.put(s, -1L);
            }
        }
        return out;
    }

    Sample sample() {
        Map<String, ProcessStats.Usage> processes = new LinkedHashMap<>();
        pids().forEach((s, pid) -> processes.put(s, pid < 0 ? ProcessStats.Usage.GONE : ProcessStats.of(pid)));
        processes.put("rabbitmq", ProcessStats.ofAll("beam.smp"));
        processes.put("postgresql", ProcessStats.ofAll("postgres"));
        long[] j = ProcessStats.machineJiffies();
        int[] p = progress.get();
        return new Sample((System.nanoTime() - t0) / 1e6, processes, ProcessStats.loadAverage(), j[0], j[1], broker.depths(queues), broker.tapped(), p[0],
                p[1], p[2]);
    }

    List<Sample> samples() {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            long started = System.nanoTime();
            samples.add(sample());
            long sleep = 1000 - (System.nanoTime() - started) / 1_000_000;
            try {
                Thread.sleep(Math.max(50, sleep));
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
