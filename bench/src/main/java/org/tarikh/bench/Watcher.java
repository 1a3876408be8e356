package org.tarikh.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows posted articles until timeline-service says each is complete (every segment stored): every
 * {@code pollMillis} (five times that while more than 200 are pending) it reads the newest articles
 * ({@code GET /api/articles?limit=}pending + 50, at most {@link #WINDOW}), and every {@link #SWEEP_NANOS} it asks for
 * the {@link #SWEEP} oldest articles still pending one by one ({@code GET /api/articles/{id}}), in case they fell out
 * of that window (an article's row is made when its first segment is stored, so one completes within the window
 * unless {@link #WINDOW} others were stored meanwhile). The time an article is seen complete is its "queryable" time,
 * so latencies are exact to one poll interval. The watcher's own requests are load on timeline-service and PostgreSQL:
 * at 500 listed articles and 20 single reads a second they were half of timeline-service's CPU samples in a distinct
 * run (docs/benchmarks.md), so it asks for no more than steady ingest needs.
 */
final class Watcher implements Runnable {

    /** Articles listed per poll at most: more than are stored in a poll interval at any rate measured here. */
    static final int WINDOW = 100;
    /** Oldest pending articles read one by one per sweep, and how often. */
    static final int SWEEP = 10;
    static final long SWEEP_NANOS = 5_000_000_000L;

    private final Api api;
    private final long pollMillis;
    private final long t0;
    /** articleId -> when it was first posted (ms since t0) */
    private final Map<String, Double> pending = new ConcurrentHashMap<>();
    /** articleId -> when it was seen complete (ms since t0) */
    private final Map<String, Double> complete = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile int polls;

    Watcher(Api api, long pollMillis, long t0) {
        this.api = api;
        this.pollMillis = pollMillis;
        this.t0 = t0;
    }

    private final Set<String> replaced = ConcurrentHashMap.newKeySet();

    /** Starts following an article that was accepted at {@code postedMs}, unless it is already complete or replaced. */
    void follow(String articleId, double postedMs) {
        if (!complete.containsKey(articleId) && !replaced.contains(articleId)) {
            pending.putIfAbsent(articleId, postedMs);
        }
    }

    /**
     * Stops waiting for an article a new version (the same URL) replaces: timeline-service drops the old version's
     * contributions, so it may never be seen complete, and its disappearance is right.
     */
    void replaced(String articleId) {
        replaced.add(articleId);
        pending.remove(articleId);
    }

    /** When the article was seen complete, or null. */
    Double completedAt(String articleId) {
        return complete.get(articleId);
    }

    int pending() {
        return pending.size();
    }

    int completed() {
        return complete.size();
    }

    Map<String, Double> completions() {
        return complete;
    }

    void stop() {
        running = false;
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e6;
    }

    @Override
    public void run() {
        long lastSweep = 0;
        while (running) {
            long started = System.nanoTime();
            if (!pending.isEmpty()) {
                // the watcher's own load on timeline-service and PostgreSQL stays small: no more rows than pending
                Api.Reply list = api.get("/api/articles?limit=" + Math.min(WINDOW, pending.size() + 50));
                double t = now();
                if (list.status() == 200) {
                    for (JsonNode a : list.json().path("articles")) {
                        String id = a.path("id").asText();
                        if (a.path("complete").asBoolean(false) && pending.remove(id) != null) {
                            complete.put(id, t);
                        }
                    }
                }
                if (System.nanoTime() - lastSweep > SWEEP_NANOS) {
                    lastSweep = System.nanoTime();
                    sweepOldest(SWEEP);
                }
                polls++;
            }
            // a backlog means latencies of seconds: a coarser poll loses nothing and costs the service less
            long interval = pending.size() > 200 ? 5 * pollMillis : pollMillis;
            long sleep = interval - (System.nanoTime() - started) / 1_000_000;
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void sweepOldest(int n) {
        List<Map.Entry<String, Double>> oldest = new ArrayList<>(pending.entrySet());
        oldest.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        for (Map.Entry<String, Double> e : oldest.subList(0, Math.min(n, oldest.size()))) {
            if (now() - e.getValue() < 2_000) {
                break; // young articles are in the newest-500 window
            }
            Api.Reply r = api.get("/api/articles/" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8));
            if (r.status() == 200 && r.json().path("complete").asBoolean(false) && pending.remove(e.getKey()) != null) {
                complete.put(e.getKey(), now());
            }
        }
    }

    int polls() {
        return polls;
    }
}
