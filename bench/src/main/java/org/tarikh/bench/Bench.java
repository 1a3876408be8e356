package org.tarikh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code ./tarikh bench}: the end-to-end load benchmark. See docs/benchmarks.md for what each scenario posts, what is
 * measured and how, and the targets. Runs against a stack that {@code ./tarikh bench} started for it alone.
 */
public final class Bench {

    record Options(String scenario, int articles, double rate, int concurrency, double latencyRate,
            int latencyArticles, double minutes, int perfTestSeconds, long seed, Path out, String parser,
            String timeline, Path runDir, List<String> queues, List<String> exchanges, long pollMillis, String code) {
    }

    /** One article's trip: when it was sent, accepted, and seen complete. */
    static final class Post {
        final Corpus.Article article;
        final String phase;
        double sentMs = Double.NaN;
        double acceptedMs = Double.NaN;
        int status;
        String articleId;
        int segments;
        String error;
        boolean alreadyComplete;

        Post(Corpus.Article article, String phase) {
            this.article = article;
            this.phase = phase;
        }
    }

    record Phase(String name, List<Corpus.Article> articles, double rate) {
    }

    private final Options o;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final long t0 = System.nanoTime();
    private final Api api;
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, double[]> phaseWindows = new LinkedHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private Watcher watcher;
    private Vacuum vacuum;
    private long deadline;

    Bench(Options o) {
        this.o = o;
        this.api = new Api(o.parser(), o.timeline());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.exit(new Bench(o).run());
    }

    static final String USAGE = """
            usage: ./tarikh bench [--scenario smoke|distinct|copies] [--articles N] [--rate R] [--concurrency C]
                                  [--minutes M] [--perftest-seconds S] [--seed N]
              smoke     39 articles of every kind, as fast as accepted (about a minute)
              distinct  1,000 distinct articles as fast as accepted, then --latency-articles (300) at --latency-rate (15/s)
              copies    10,000 copies, near copies, updates and re-posts of one story, as fast as accepted
              --rate R  articles per second (default: as fast as accepted, C in flight; C defaults to 8)""";

    static Options parse(String[] args) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            v.put(args[i].substring(2), args[++i]);
        }
        Set<String> known = Set.of("scenario", "articles", "rate", "concurrency", "latency-rate", "latency-articles",
                "minutes", "perftest-seconds", "seed", "out", "parser", "timeline", "run-dir", "queues", "exchanges",
                "poll-ms", "code");
        for (String k : v.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        String scenario = v.getOrDefault("scenario", "smoke");
        int defaultArticles;
        double defaultMinutes;
        int defaultPerf;
        switch (scenario) {
            case "smoke" -> { defaultArticles = 40; defaultMinutes = 5; defaultPerf = 5; }
            case "distinct" -> { defaultArticles = 1000; defaultMinutes = 20; defaultPerf = 20; }
            case "copies" -> { defaultArticles = 10_000; defaultMinutes = 30; defaultPerf = 20; }
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        String stamp = Instant.now().toString().replace(":", "").replaceAll("\\..*", "");
        return new Options(scenario, Integer.parseInt(v.getOrDefault("articles", "" + defaultArticles)),
                Double.parseDouble(v.getOrDefault("rate", "0")), Integer.parseInt(v.getOrDefault("concurrency", "8")),
                Double.parseDouble(v.getOrDefault("latency-rate", "15")),
                Integer.parseInt(v.getOrDefault("latency-articles", scenario.equals("distinct") ? "300" : "0")),
                Double.parseDouble(v.getOrDefault("minutes", "" + defaultMinutes)),
                Integer.parseInt(v.getOrDefault("perftest-seconds", "" + defaultPerf)),
                Long.parseLong(v.getOrDefault("seed", "20240130")),
                Path.of(v.getOrDefault("out", "bench/target/results/" + scenario + "-" + stamp)),
                v.getOrDefault("parser", "http://127.0.0.1:8081"), v.getOrDefault("timeline", "http://127.0.0.1:8083"),
                Path.of(v.getOrDefault("run-dir", ".tarikh/run")),
                List.of(v.getOrDefault("queues", "entity.segments,timeline.enriched,entity.segments.dlq,timeline.enriched.dlq")
                        .split(",")),
                List.of(v.getOrDefault("exchanges", "tarikh.segments,tarikh.enriched").split(",")),
                Long.parseLong(v.getOrDefault("poll-ms", "100")), v.getOrDefault("code", "unknown"));
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e6;
    }

    private void say(String s) {
        out.printf("[%6.1fs] %s%n", now() / 1000, s);
    }

    int run() throws Exception {
        Files.createDirectories(o.out());
        deadline = t0 + (long) (o.minutes() * 60e9);
        long reserve = (long) ((o.perfTestSeconds() + (o.scenario().equals("copies") ? 180 : 60)) * 1e9);
        List<Phase> phases = phases();
        int total = phases.stream().mapToInt(p -> p.articles().size()).sum();
        say("scenario " + o.scenario() + ": " + total + " articles (" + kinds(phases) + "), bound " + o.minutes() + " min");

        Map<String, String> env = System.getenv();
        try (Broker broker = new Broker(Broker.factory(env))) {
            broker.tap(o.exchanges());
            watcher = new Watcher(api, o.pollMillis(), t0);
            Thread watch = new Thread(watcher, "watcher");
            watch.setDaemon(true);
            watch.start();
            Sampler sampler = new Sampler(o.runDir(), broker, o.queues(), t0,
                    () -> new int[] { sent.get(), accepted.get(), watcher.completed() });
            if (sampler.pids().values().stream().anyMatch(p -> p < 0)) {
                throw new IllegalStateException("no pid file for every service in " + o.runDir());
            }
            Thread sample = new Thread(sampler, "sampler");
            sample.setDaemon(true);
            sample.start();
            vacuum = new Vacuum(env);
            Thread vacuuming = new Thread(vacuum, "vacuum");
            vacuuming.setDaemon(true);
            vacuuming.start();

            for (Phase phase : phases) {
                double start = now();
                say("phase " + phase.name() + ": " + phase.articles().size() + " articles at "
                        + (phase.rate() > 0 ? phase.rate() + "/s" : "as fast as accepted (" + o.concurrency() + " in flight)"));
                post(phase, deadline - reserve);
                drain(deadline - reserve);
                phaseWindows.put(phase.name(), new double[] { start, now() });
            }
            sampler.stop();
            watcher.stop();
            vacuum.stop();
            sample.join(3000);
            List<Sampler.Sample> samples = sampler.samples();

            List<String> tapped = broker.hops();
            say("checking what timeline-service and the database hold");
            Map<String, Object> checks = checks(broker);
            Map<String, Boolean> alive = new LinkedHashMap<>();
            sampler.pids().forEach((service, pid) -> alive.put(service, Files.exists(Path.of("/proc", Long.toString(pid)))));
            checks.put("servicesAliveAtEnd", alive);
            say("measuring the biggest story's page");
            Map<String, Object> pages = pages();
            Map<String, Object> perf = new LinkedHashMap<>();
            Map<String, Integer> sizes = messageSizes(broker.tapped(), tapped);
            if (o.perfTestSeconds() > 0 && !sizes.isEmpty()) {
                say("RabbitMQ PerfTest over the same hops for " + o.perfTestSeconds() + " s, message sizes " + sizes);
                List<PerfTestRun.Hop> hops = PerfTestRun.run(Broker.factory(env), sizes, o.perfTestSeconds(), o.out());
                broker.deleteQueues(hops.stream().map(h -> "bench.perftest." + h.name()).toList());
                perf.put("hops", hops);
            }
            Map<String, Object> result = result(samples, checks, pages, perf, tapped);
            Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o.out().resolve("result.json").toFile(), result);
            try {
                Chart.write(o.out().resolve("chart.png"), samples, posts, watcher, o.scenario());
            } catch (Throwable e) { // no fonts or no AWT on this machine: the figures are in the JSON all the same
                say("no chart: " + e);
            }
            summary(result);
            return 0;
        }
    }

    private List<Phase> phases() {
        return switch (o.scenario()) {
            case "copies" -> List.of(new Phase("copies", Corpus.copies(o.articles(), o.seed()), o.rate()));
            case "distinct" -> {
                List<Corpus.Article> all = Corpus.distinct(o.articles() + o.latencyArticles(), o.seed());
                List<Phase> p = new ArrayList<>();
                p.add(new Phase("throughput", all.subList(0, o.articles()), o.rate()));
                if (o.latencyArticles() > 0) {
                    p.add(new Phase("latency", all.subList(o.articles(), all.size()), o.latencyRate()));
                }
                yield p;
            }
            default -> List.of(new Phase("smoke", Corpus.smoke(o.seed()).subList(0, Math.min(o.articles(),
                    Corpus.smoke(o.seed()).size())), o.rate()));
        };
    }

    private static String kinds(List<Phase> phases) {
        Map<Corpus.Kind, Long> n = phases.stream().flatMap(p -> p.articles().stream())
                .collect(Collectors.groupingBy(Corpus.Article::kind, LinkedHashMap::new, Collectors.counting()));
        long ar = phases.stream().flatMap(p -> p.articles().stream()).filter(a -> a.lang().equals("ar")).count();
        return n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", ")) + "; " + ar + " Arabic";
    }

    /** Posts a phase at its rate (or as fast as accepted, {@code concurrency} in flight) until done or the bound. */
    private void post(Phase phase, long stopAt) throws InterruptedException {
        Semaphore inFlight = new Semaphore(phase.rate() > 0 ? 256 : o.concurrency());
        long start = System.nanoTime();
        int i = 0;
        for (Corpus.Article a : phase.articles()) {
            if (System.nanoTime() > stopAt) {
                say("time bound reached: " + (phase.articles().size() - i) + " articles of " + phase.name() + " not posted");
                break;
            }
            if (phase.rate() > 0) {
                long due = start + (long) (i / phase.rate() * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            inFlight.acquire();
            Post p = new Post(a, phase.name());
            synchronized (posts) {
                posts.add(p);
            }
            p.sentMs = now();
            sent.incrementAndGet();
            api.post(a).whenComplete((reply, err) -> {
                try {
                    if (err != null) {
                        p.error = err.toString();
                        return;
                    }
                    p.status = reply.status();
                    p.acceptedMs = now();
                    if (reply.status() == 202) {
                        JsonNode j = reply.json();
                        p.articleId = j.path("articleId").asText(null);
                        p.segments = j.path("segments").asInt();
                        accepted.incrementAndGet();
                        if (watcher.completedAt(p.articleId) != null) {
                            p.alreadyComplete = true;
                        } else {
                            watcher.follow(p.articleId, p.sentMs);
                        }
                        if (a.kind() == Corpus.Kind.UPDATE) {
                            replacedArticles(false).forEach(watcher::replaced);
                        }
                    } else {
                        p.error = new String(reply.body(), StandardCharsets.UTF_8);
                    }
                } finally {
                    inFlight.release();
                }
            });
            i++;
            if (i % 500 == 0) {
                say(String.format("%s: %d posted, %d accepted, %d queryable, %d pending", phase.name(), sent.get(),
                        accepted.get(), watcher.completed(), watcher.pending()));
            }
        }
        inFlight.acquire(phase.rate() > 0 ? 256 : o.concurrency()); // every answer is in
        inFlight.release(phase.rate() > 0 ? 256 : o.concurrency());
    }

    private void drain(long stopAt) throws InterruptedException {
        long lastReport = System.nanoTime();
        long lastReplaced = 0;
        while (watcher.pending() > 0 && System.nanoTime() < stopAt) {
            Thread.sleep(100);
            if (System.nanoTime() - lastReplaced > 2e9) {
                lastReplaced = System.nanoTime();
                stopWaitingForReplacedVersions();
            }
            if (System.nanoTime() - lastReport > 10e9) {
                lastReport = System.nanoTime();
                say(String.format("draining: %d queryable, %d pending", watcher.completed(), watcher.pending()));
            }
        }
        if (watcher.pending() > 0) {
            say("time bound reached with " + watcher.pending() + " articles not yet queryable");
        }
    }

    /**
     * An older version whose answer came after its update's (eight posts in flight) was followed after the update
     * marked the versions it replaces, and was waited for until the time bound: the copies run sat idle with 136
     * "pending" articles, every queue empty. The versions accepted updates replace are marked again while draining.
     */
    private void stopWaitingForReplacedVersions() {
        replacedArticles(false).forEach(watcher::replaced);
    }

    // ---------------------------------------------------------------------------------------------- checks

    /**
     * The articles a newer version replaced at each of their addresses ({@link Versions}); with {@code storedOnly}, only
     * a newer version seen complete replaces (one still queued at the time bound has replaced nothing yet).
     */
    private Set<String> replacedArticles(boolean storedOnly) {
        List<Versions.Posted> accepted = new ArrayList<>();
        synchronized (posts) {
            for (Post p : posts) {
                if (p.articleId != null && p.status == 202) {
                    accepted.add(new Versions.Posted(p.articleId, p.article.url(), p.article.publishedAt()));
                }
            }
        }
        return Versions.replaced(accepted, id -> !storedOnly || watcher.completedAt(id) != null);
    }

    /** What the checks say of an article that is missing or still served: its posts and the versions at its addresses. */
    private Map<String, Object> trace(String id) {
        List<Map<String, Object>> mine = new ArrayList<>();
        List<Map<String, Object>> atItsAddresses = new ArrayList<>();
        synchronized (posts) {
            Set<String> urls = new LinkedHashSet<>();
            for (int i = 0; i < posts.size(); i++) {
                Post p = posts.get(i);
                if (id.equals(p.articleId)) {
                    urls.add(p.article.url());
                    mine.add(describe(p, i));
                }
            }
            for (int i = 0; i < posts.size(); i++) {
                Post p = posts.get(i);
                if (!id.equals(p.articleId) && urls.contains(p.article.url())) {
                    atItsAddresses.add(describe(p, i));
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", id);
        m.put("posts", mine);
        m.put("otherVersionsAtItsAddresses", atItsAddresses);
        return m;
    }

    private Map<String, Object> describe(Post p, int order) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("posted", order);
        m.put("seq", p.article.seq());
        m.put("kind", p.article.kind().toString());
        m.put("basedOn", p.article.basedOn());
        m.put("url", p.article.url());
        m.put("publishedAt", p.article.publishedAt());
        m.put("articleId", p.articleId);
        m.put("status", p.status);
        m.put("seenCompleteAtMs", watcher.completedAt(p.articleId) == null ? null : Stats.round(watcher.completedAt(p.articleId)));
        return m;
    }

    private Map<String, Object> checks(Broker broker) throws Exception {
        Map<String, Object> c = new LinkedHashMap<>();
        Map<String, Post> firstById = new LinkedHashMap<>();
        for (Post p : posts) {
            if (p.articleId != null) {
                firstById.putIfAbsent(p.articleId, p);
            }
        }
        // an article a new version replaced is expected to be gone (timeline-service keeps the latest version only),
        // once that version is stored: an update still queued at the time bound has replaced nothing yet (it is
        // counted as not yet queryable, and the old version is still served, rightly)
        Set<String> replaced = replacedArticles(true);
        for (String old : replaced) {
            watcher.replaced(old);
        }
        // one text at two addresses is one article (one id) with two addresses: counted once, as Tarikh stores it once
        c.put("articlesAtMoreThanOneAddress", posts.stream().filter(p -> p.articleId != null)
                .collect(Collectors.groupingBy(p -> p.articleId, Collectors.mapping(p -> p.article.url(), Collectors.toSet())))
                .values().stream().filter(urls -> urls.size() > 1).count());
        c.put("articlesReplacedByANewVersion", replaced.size());
        c.put("postsAccepted", posts.stream().filter(p -> p.status == 202).count());
        c.put("postsRejected", posts.stream().filter(p -> p.status != 202).count());
        c.put("postErrors", posts.stream().filter(p -> p.error != null).map(p -> p.status + " " + clip(p.error))
                .distinct().limit(5).toList());
        c.put("distinctArticles", firstById.size());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<String, int[]> article = new ConcurrentHashMap<>(); // id -> [status, complete, total, stored]
        Map<String, List<Long>> timeline = new ConcurrentHashMap<>();
        Map<String, Integer> timelineStatus = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        for (String id : firstById.keySet()) {
            work.add(pool.submit(() -> {
                String enc = URLEncoder.encode(id, StandardCharsets.UTF_8);
                Api.Reply a = api.get("/api/articles/" + enc);
                JsonNode j = a.json();
                article.put(id, new int[] { a.status(), j.path("complete").asBoolean() ? 1 : 0,
                        j.path("segmentTotal").asInt(-1), j.path("segmentsStored").asInt(-1) });
                Api.Reply t = api.get("/api/articles/" + enc + "/timeline?limit=500");
                timelineStatus.put(id, t.status());
                List<Long> ids = new ArrayList<>();
                for (JsonNode e : t.json().path("events")) {
                    ids.add(e.path("id").asLong());
                }
                timeline.put(id, ids);
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long missing = article.entrySet().stream().filter(e -> !replaced.contains(e.getKey()))
                .filter(e -> e.getValue()[0] != 200).count();
        long replacedStillServed = article.entrySet().stream().filter(e -> replaced.contains(e.getKey()))
                .filter(e -> e.getValue()[0] == 200).count();
        long incomplete = article.values().stream().filter(v -> v[0] == 200 && v[1] == 0).count();
        long segmentMismatch = firstById.entrySet().stream()
                .filter(e -> article.get(e.getKey())[0] == 200 && article.get(e.getKey())[2] != e.getValue().segments)
                .count();
        c.put("articlesNotFound", missing);
        c.put("articlesNotFoundTraced", article.entrySet().stream().filter(e -> !replaced.contains(e.getKey()))
                .filter(e -> e.getValue()[0] != 200).limit(10).map(e -> trace(e.getKey())).toList());
        c.put("replacedVersionsStillServedTraced", article.entrySet().stream().filter(e -> replaced.contains(e.getKey()))
                .filter(e -> e.getValue()[0] == 200).limit(10).map(e -> trace(e.getKey())).toList());
        c.put("articlesIncomplete", incomplete);
        c.put("replacedVersionsStillServed", replacedStillServed);
        c.put("articlesWhoseSegmentTotalDiffersFromTheParser", segmentMismatch);
        Map<Integer, Long> statuses = timelineStatus.entrySet().stream().filter(e -> !replaced.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        c.put("articleTimelineStatuses", statuses);

        // exact copies and re-posts tell what their original tells: the same events, no more, no fewer (unless a new
        // version replaced either: an update may be of a copy, and its old version is then gone with its events)
        Map<Integer, String> idBySeq = new HashMap<>();
        for (Post p : posts) {
            if (p.articleId != null) {
                idBySeq.putIfAbsent(p.article.seq(), p.articleId);
            }
        }
        long copiesChecked = 0;
        long copiesDiffering = 0;
        List<Map<String, Object>> differing = new ArrayList<>();
        for (Post p : posts) {
            if ((p.article.kind() == Corpus.Kind.WIRE_COPY || p.article.kind() == Corpus.Kind.REPOST)
                    && p.articleId != null && idBySeq.containsKey(p.article.basedOn())
                    && !replaced.contains(idBySeq.get(p.article.basedOn())) && !replaced.contains(p.articleId)) {
                List<Long> mine = timeline.get(p.articleId);
                List<Long> theirs = timeline.get(idBySeq.get(p.article.basedOn()));
                // only two complete articles can be compared: one still queued at the time bound tells nothing yet,
                // and is counted as missing or incomplete above
                if (mine != null && theirs != null && complete(article, p.articleId)
                        && complete(article, idBySeq.get(p.article.basedOn()))) {
                    copiesChecked++;
                    if (!new HashSet<>(mine).equals(new HashSet<>(theirs))) {
                        copiesDiffering++;
                        // which, for whoever looks into it: the copy, its original, the events only one of them tells
                        Set<Long> onlyCopy = new java.util.TreeSet<>(mine);
                        onlyCopy.removeAll(theirs);
                        Set<Long> onlyOriginal = new java.util.TreeSet<>(theirs);
                        onlyOriginal.removeAll(mine);
                        differing.add(Map.of("copy", p.articleId, "kind", p.article.kind().toString(), "original",
                                idBySeq.get(p.article.basedOn()), "eventsOnlyInTheCopy", onlyCopy,
                                "eventsOnlyInTheOriginal", onlyOriginal));
                    }
                }
            }
        }
        c.put("exactCopiesChecked", copiesChecked);
        c.put("exactCopiesWhoseEventsDifferFromTheOriginal", copiesDiffering);
        c.put("exactCopiesDiffering", differing.stream().limit(20).toList());

        // the whole chronology, page by page: an event listed twice, or two events of the same report, is doubled
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply r = api.get("/api/timeline?limit=500" + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            if (r.status() != 200) {
                c.put("timelineError", r.status());
                break;
            }
            r.json().path("events").forEach(events::add);
            cursor = r.json().path("next").asText(null);
        } while (cursor != null && ++pages < 2000);
        Map<String, String> storyOf = new HashMap<>();
        posts.stream().filter(p -> p.articleId != null).forEach(p -> storyOf.putIfAbsent(p.articleId, p.article.story()));
        Set<Long> eventIds = new HashSet<>();
        long listedTwice = 0;
        Map<String, Integer> sameReport = new HashMap<>();
        for (JsonNode e : events) {
            if (!eventIds.add(e.path("id").asLong())) {
                listedTwice++;
            }
            // two stories may say the same generic sentence ("residents said the power was cut") of different
            // happenings: only events of one story that match in type, date, place and sentence are doubled
            Set<String> stories = new java.util.TreeSet<>();
            e.path("sources").forEach(src -> {
                String story = storyOf.get(src.path("articleId").asText());
                if (story != null) {
                    stories.add(story);
                }
            });
            for (String story : stories) {
                String key = story + "|" + e.path("type").asText() + "|" + e.path("date").asText() + "|"
                        + e.path("place").path("key").asText() + "|" + e.path("summary").asText();
                sameReport.merge(key, 1, Integer::sum);
            }
        }
        c.put("events", eventIds.size());
        c.put("eventsListedTwice", listedTwice);
        c.put("eventsDoubled", sameReport.values().stream().filter(n -> n > 1).mapToInt(n -> n - 1).sum());

        c.put("database", database(firstById));
        Map<String, Long> depths = broker.depths(o.queues());
        c.put("queueDepthsAtEnd", depths);
        c.put("deadLetters", depths.entrySet().stream().filter(e -> e.getKey().endsWith(".dlq"))
                .mapToLong(e -> Math.max(0, e.getValue())).sum());
        return c;
    }

    private static boolean complete(Map<String, int[]> article, String id) {
        int[] a = article.get(id);
        return a != null && a[0] == 200 && a[1] == 1;
    }

    /** Counted in PostgreSQL itself: segments stored against what parser-service announced, reports under two events. */
    private Map<String, Object> database(Map<String, Post> firstById) {
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, String> env = System.getenv();
        String url = "jdbc:postgresql://" + env.getOrDefault("TARIKH_DB_HOST", "127.0.0.1") + ":"
                + env.getOrDefault("TARIKH_DB_PORT", "5432") + "/" + env.getOrDefault("TARIKH_DB_NAME", "tarikh");
        try (Connection db = DriverManager.getConnection(url, env.getOrDefault("TARIKH_DB_USER", "tarikh"),
                env.getOrDefault("TARIKH_DB_PASSWORD", "tarikh"))) {
            long expected = firstById.values().stream().mapToLong(p -> p.segments).sum();
            d.put("segmentsAnnounced", expected);
            d.put("segmentRows", count(db, "select count(*) from segment"));
            d.put("segmentRowsOfPostedArticles", count(db, "select count(*) from segment where article_id = any(?)",
                    (Object) firstById.keySet().toArray(String[]::new)));
            d.put("articleRows", count(db, "select count(*) from article"));
            d.put("eventRows", count(db, "select count(*) from event"));
            d.put("eventSourceRows", count(db, "select count(*) from event_source"));
            d.put("reportsUnderTwoEvents", count(db, """
                    select count(*) from (select 1 from event_source group by segment_id, sentence_start, type
                    having count(distinct event_id) > 1) d"""));
        } catch (SQLException e) {
            d.put("error", clip(e.getMessage())); // the schema moved on: the API checks above still hold
        }
        return d;
    }

    private static long count(Connection db, String sql, Object... args) throws SQLException {
        try (var st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String[] a) {
                    st.setArray(i + 1, db.createArrayOf("varchar", a));
                } else {
                    st.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- pages

    /** The biggest story's page (its first article's chronology) and the first page of everything, 50 events. */
    private Map<String, Object> pages() {
        Map<String, Long> byStory = posts.stream().filter(p -> p.articleId != null)
                .collect(Collectors.groupingBy(p -> p.article.story(), Collectors.counting()));
        String story = byStory.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>();
        if (story == null) {
            return m;
        }
        Post first = posts.stream().filter(p -> p.articleId != null && p.article.story().equals(story)
                && p.article.basedOn() < 0).findFirst().orElse(null);
        m.put("biggestStory", story);
        m.put("biggestStoryArticles", byStory.get(story));
        if (first != null) {
            m.put("storyPage", probe("/api/articles/" + URLEncoder.encode(first.articleId, StandardCharsets.UTF_8)
                    + "/timeline?limit=50"));
        }
        m.put("chronologyPage", probe("/api/timeline?limit=50"));
        return m;
    }

    private Map<String, Object> probe(String path) {
        for (int i = 0; i < 20; i++) {
            api.get(path); // warm-up
        }
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        int events = 0;
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            Api.Reply r = api.get(path);
            ms.add(r.millis());
            statuses.merge(r.status(), 1, Integer::sum);
            bytes = r.body().length;
            if (i == 0) {
                events = r.json().path("events").size();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("bytes", bytes);
        m.put("events", events);
        m.put("statuses", statuses);
        m.put("latencyMs", Stats.summary(ms));
        return m;
    }

    // ---------------------------------------------------------------------------------------------- result

    private static Map<String, Integer> messageSizes(Map<String, long[]> tapped, List<String> exchanges) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int hop = 1;
        for (String ex : exchanges) {
            long[] v = tapped.get(ex);
            if (v != null && v[0] > 0) {
                sizes.put("hop" + hop + "-" + ex, (int) (v[1] / v[0]));
            }
            hop++;
        }
        return sizes;
    }

    private Map<String, Object> result(List<Sampler.Sample> samples, Map<String, Object> checks,
            Map<String, Object> pages, Map<String, Object> perf, List<String> tapped) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", o.scenario());
        r.put("code", o.code()); // the commit measured (git describe, -dirty when the work tree had changes)
        r.put("startedAt", Instant.now().minusNanos(System.nanoTime() - t0).toString());
        r.put("machine", machine(samples));
        r.put("postgresql", vacuum == null ? Map.of() : vacuum.report());
        r.put("options", Map.of("articles", o.articles(), "rate", o.rate() > 0 ? o.rate() : "as fast as accepted",
                "concurrency", o.concurrency(), "seed", o.seed(), "boundMinutes", o.minutes(), "pollMillis", o.pollMillis()));
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("posts", posts.size());
        corpus.put("kinds", posts.stream().collect(Collectors.groupingBy(p -> p.article.kind().name(), LinkedHashMap::new,
                Collectors.counting())));
        corpus.put("languages", posts.stream().collect(Collectors.groupingBy(p -> p.article.lang(), LinkedHashMap::new,
                Collectors.counting())));
        corpus.put("bytes", Stats.summary(posts.stream().map(p -> (double) p.article.bytes()).toList()));
        corpus.put("segmentsPerArticle", Stats.summary(posts.stream().filter(p -> p.articleId != null)
                .map(p -> (double) p.segments).toList()));
        r.put("corpus", corpus);
        Map<String, Object> phases = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> w : phaseWindows.entrySet()) {
            phases.put(w.getKey(), phase(w.getKey(), w.getValue(), samples, tapped));
        }
        r.put("phases", phases);
        r.put("checks", checks);
        r.put("pages", pages);
        if (!perf.isEmpty()) {
            Map<String, Object> p = new LinkedHashMap<>(perf);
            @SuppressWarnings("unchecked")
            List<PerfTestRun.Hop> hops = (List<PerfTestRun.Hop>) perf.get("hops");
            double broker = hops.stream().mapToDouble(PerfTestRun.Hop::receivedPerSecond).min().orElse(Double.NaN);
            p.put("pipelineMessagesPerSecond", broker);
            // in articles, whatever the contract: the broker's messages/s over the messages an article needs on
            // its busiest hop, against Tarikh's sustained articles/s in the first phase
            Map<String, Object> first = phases.isEmpty() ? Map.of() : cast(phases.values().iterator().next());
            double perArticle = 0;
            for (int hop = 1; first.containsKey("hop" + hop + "Messages"); hop++) {
                perArticle = Math.max(perArticle, ((Number) first.get("hop" + hop + "Messages")).doubleValue()
                        / Math.max(1, ((Number) first.get("distinctArticles")).doubleValue()));
            }
            Object tarikh = first.get("sustainedArticlesPerSecond");
            if (perArticle > 0 && broker > 0) {
                double brokerArticles = broker / perArticle;
                p.put("messagesPerArticle", Stats.round(perArticle));
                p.put("brokerArticlesPerSecond", Stats.round(brokerArticles));
                if (tarikh instanceof Double t) {
                    p.put("tarikhFractionOfBroker", Math.round(t / brokerArticles * 10000) / 10000.0);
                }
            }
            r.put("perftest", p);
        }
        r.put("targets", targets(r));
        r.put("timeseries", timeseries(samples));
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private Map<String, Object> machine(List<Sampler.Sample> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            m.put("memoryGb", Stats.round(Long.parseLong(mem) / 1024.0 / 1024.0));
        } catch (IOException | RuntimeException e) {
            m.put("memoryGb", null);
        }
        m.put("cpu", cpuModel());
        double[] load = samples.stream().mapToDouble(Sampler.Sample::load1).filter(d -> !Double.isNaN(d)).toArray();
        if (load.length > 0) {
            m.put("loadAverage1m", Map.of("min", Arrays.stream(load).min().getAsDouble(), "max",
                    Arrays.stream(load).max().getAsDouble(), "mean", Stats.round(Arrays.stream(load).average().getAsDouble())));
        }
        if (samples.size() > 1) {
            Sampler.Sample a = samples.get(0);
            Sampler.Sample b = samples.get(samples.size() - 1);
            m.put("machineCpuBusyPercent", Stats.round(100.0 * (b.busyJiffies() - a.busyJiffies())
                    / Math.max(1, b.totalJiffies() - a.totalJiffies())));
        }
        m.put("javaOpts", System.getenv().getOrDefault("TARIKH_JAVA_OPTS", "(not given)"));
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** Throughput, latency and resources of one phase (its window: from its first post to its drain). */
    private Map<String, Object> phase(String name, double[] window, List<Sampler.Sample> samples, List<String> tapped) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Post> mine = posts.stream().filter(p -> p.phase.equals(name)).toList();
        Map<String, Post> firstById = new LinkedHashMap<>();
        mine.stream().filter(p -> p.articleId != null).forEach(p -> firstById.putIfAbsent(p.articleId, p));
        double[] done = firstById.keySet().stream().map(watcher::completedAt).filter(t -> t != null)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        m.put("posted", mine.size());
        m.put("accepted", mine.stream().filter(p -> p.status == 202).count());
        m.put("distinctArticles", firstById.size());
        m.put("queryable", done.length);
        m.put("seconds", Stats.round((window[1] - window[0]) / 1000));
        double firstSent = mine.stream().mapToDouble(p -> p.sentMs).min().orElse(window[0]);
        double lastSent = mine.stream().mapToDouble(p -> p.sentMs).max().orElse(window[0]);
        m.put("postedPerSecond", Stats.round(mine.size() / Math.max(0.001, (lastSent - firstSent) / 1000)));
        // sustained: between the 10th and the 90th percentile of completions, past ramp-up and drain; not measured
        // when those fall within a second (a small corpus seen complete in one or two polls: no rate to tell)
        if (done.length >= 10 && Stats.percentile(done, 90) - Stats.percentile(done, 10) >= 1000) {
            double a = Stats.percentile(done, 10);
            double b = Stats.percentile(done, 90);
            long n = Arrays.stream(done).filter(t -> t >= a && t <= b).count();
            Set<String> inWindow = new LinkedHashSet<>();
            firstById.keySet().forEach(id -> {
                Double t = watcher.completedAt(id);
                if (t != null && t >= a && t <= b) {
                    inWindow.add(id);
                }
            });
            long segments = inWindow.stream().mapToLong(id -> firstById.get(id).segments).sum();
            double secs = Math.max(0.001, (b - a) / 1000);
            m.put("sustainedArticlesPerSecond", Stats.round(n / secs));
            m.put("sustainedSegmentsPerSecond", Stats.round(segments / secs));
            m.put("endToEndArticlesPerSecond", Stats.round(done.length / Math.max(0.001, (done[done.length - 1] - firstSent) / 1000)));
        }
        List<Double> latency = new ArrayList<>();
        for (Post p : mine) {
            if (p.articleId == null) {
                continue;
            }
            Double t = watcher.completedAt(p.articleId);
            if (p.alreadyComplete) {
                latency.add(p.acceptedMs - p.sentMs);
            } else if (t != null) {
                latency.add(Math.max(t, p.acceptedMs) - p.sentMs);
            }
        }
        m.put("postToQueryableMs", Stats.summary(latency));
        m.put("postAcceptedMs", Stats.summary(mine.stream().filter(p -> !Double.isNaN(p.acceptedMs))
                .map(p -> p.acceptedMs - p.sentMs).toList()));

        List<Sampler.Sample> in = samples.stream().filter(s -> s.t() >= window[0] && s.t() <= window[1]).toList();
        if (in.size() >= 2) {
            Sampler.Sample s0 = in.get(0);
            Sampler.Sample s1 = in.get(in.size() - 1);
            double secs = (s1.t() - s0.t()) / 1000;
            Map<String, Object> res = new LinkedHashMap<>();
            double pipelineCpu = 0;
            for (String proc : s1.processes().keySet()) {
                ProcessStats.Usage u0 = s0.processes().get(proc);
                ProcessStats.Usage u1 = s1.processes().get(proc);
                double cpu = u1.cpuSeconds() - u0.cpuSeconds();
                double maxRss = in.stream().mapToDouble(s -> s.processes().get(proc).rssMb()).max().orElse(-1);
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("cpuSeconds", Stats.round(cpu));
                pm.put("cpuPercentOfOneCore", Stats.round(100 * cpu / Math.max(0.001, secs)));
                pm.put("rssMaxMb", Stats.round(maxRss));
                pm.put("rssEndMb", Stats.round(u1.rssMb()));
                if (done.length > 0) {
                    pm.put("cpuMillisPerArticle", Stats.round(1000 * cpu / done.length));
                }
                res.put(proc, pm);
                if (Sampler.SERVICES.contains(proc)) {
                    pipelineCpu += cpu;
                }
            }
            m.put("processes", res);
            m.put("servicesCpuSeconds", Stats.round(pipelineCpu));
            if (pipelineCpu > 0) {
                m.put("articlesPerServiceCpuSecond", Stats.round(done.length / pipelineCpu));
            }
            int hop = 1;
            for (String ex : tapped) {
                long[] a = s0.tapped().get(ex);
                long[] b = s1.tapped().get(ex);
                if (a != null && b != null) {
                    m.put("hop" + hop + "Messages", b[0] - a[0]);
                    m.put("hop" + hop + "MessagesPerSecond", Stats.round((b[0] - a[0]) / Math.max(0.001, secs)));
                    m.put("hop" + hop + "MeanMessageBytes", b[0] - a[0] == 0 ? 0 : (b[1] - a[1]) / (b[0] - a[0]));
                }
                hop++;
            }
            Map<String, Long> maxDepth = new LinkedHashMap<>();
            for (Sampler.Sample s : in) {
                s.depths().forEach((q, d) -> maxDepth.merge(q, d, Math::max));
            }
            m.put("queueDepthMax", maxDepth);
            m.put("loadAverage1m", Stats.summary(in.stream().map(Sampler.Sample::load1).toList()));
        }
        return m;
    }

    private Map<String, Object> targets(Map<String, Object> r) {
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, Object> checks = cast(r.get("checks"));
        Map<String, Object> phases = cast(r.get("phases"));
        long lost = (long) checks.get("articlesNotFound") + (long) checks.get("articlesIncomplete");
        long doubled = (long) checks.get("eventsListedTwice") + ((Number) checks.get("eventsDoubled")).longValue();
        doubled += ((Number) checks.getOrDefault("replacedVersionsStillServed", 0L)).longValue();
        Object reportsTwice = cast(checks.get("database")).get("reportsUnderTwoEvents");
        if (reportsTwice instanceof Long n) {
            doubled += n;
        }
        Map<String, Long> depths = cast4(checks.get("queueDepthsAtEnd"));
        long queued = depths.entrySet().stream().filter(e -> !e.getKey().endsWith(".dlq"))
                .mapToLong(e -> Math.max(0, e.getValue())).sum();
        t.put("nothingLost", verdict(lost == 0 && (long) checks.get("deadLetters") == 0,
                lost + " articles missing or incomplete, " + checks.get("deadLetters") + " dead letters"
                        + (queued > 0 ? ", " + queued + " messages still queued when the run reached its time bound" : "")));
        t.put("nothingDoubled", verdict(doubled == 0 && (long) checks.get("exactCopiesWhoseEventsDifferFromTheOriginal") == 0,
                doubled + " doubled events or reports, " + checks.get("exactCopiesWhoseEventsDifferFromTheOriginal")
                        + " exact copies telling other events than their original"));
        Map<Integer, Long> statuses = cast2(checks.get("articleTimelineStatuses"));
        Map<String, Boolean> alive = cast3(checks.get("servicesAliveAtEnd"));
        t.put("everyServiceAliveAtTheEnd", verdict(alive.values().stream().allMatch(b -> b), alive.toString()));
        t.put("everyArticleTimeline200", verdict(statuses.keySet().stream().allMatch(s -> s == 200), statuses.toString()));
        Map<String, Object> pages = cast(r.get("pages"));
        if (o.scenario().equals("copies") && pages.get("chronologyPage") != null) {
            Map<String, Object> page = cast(pages.get("chronologyPage"));
            long bytes = ((Number) page.get("bytes")).longValue();
            Object p99 = cast(page.get("latencyMs")).get("p99");
            t.put("pageOf50AtMost64KB", verdict(bytes <= 65536, bytes + " bytes"));
            t.put("pageP99AtMost50ms", verdict(p99 instanceof Double d && d <= 50, p99 + " ms (uncached)"));
            double rss = 0;
            for (Object ph : phases.values()) {
                Map<String, Object> procs = cast(cast(ph).get("processes"));
                if (procs != null) {
                    for (String s : Sampler.SERVICES) {
                        rss = Math.max(rss, ((Number) cast(procs.get(s)).get("rssMaxMb")).doubleValue());
                    }
                }
            }
            t.put("eachServiceRssAtMost400MB", verdict(rss > 0 && rss <= 400, "max " + rss + " MB"));
        }
        if (o.scenario().equals("distinct")) {
            Map<String, Object> tp = cast(phases.get("throughput"));
            Object rate = tp == null ? null : tp.get("sustainedArticlesPerSecond");
            t.put("atLeast30ArticlesPerSecond", verdict(rate instanceof Double d && d >= 30, rate + " articles/s"));
            Map<String, Object> db = cast(checks.get("database"));
            t.put("everySegmentStoredOnce", verdict(db.get("segmentsAnnounced") != null
                    && db.get("segmentsAnnounced").equals(db.get("segmentRowsOfPostedArticles")) && lost == 0,
                    db.get("segmentRowsOfPostedArticles") + " rows for " + db.get("segmentsAnnounced") + " announced"));
            Map<String, Object> lat = cast(phases.get("latency"));
            if (lat != null) {
                Object p99 = cast(lat.get("postToQueryableMs")).get("p99");
                t.put("p99PostToQueryableAtMost2sAt15PerSecond", verdict(p99 instanceof Double d && d <= 2000
                        && ((Number) lat.get("queryable")).longValue() == ((Number) lat.get("distinctArticles")).longValue(),
                        p99 + " ms at " + lat.get("postedPerSecond") + " posted/s"));
            }
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> cast4(Object o) {
        return (Map<String, Long>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> cast3(Object o) {
        return (Map<String, Boolean>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, Long> cast2(Object o) {
        return (Map<Integer, Long>) o;
    }

    private static Map<String, Object> verdict(boolean pass, String measured) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pass", pass);
        m.put("measured", measured);
        return m;
    }

    private static List<Map<String, Object>> timeseries(List<Sampler.Sample> samples) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Sampler.Sample s : samples) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("t", Stats.round(s.t() / 1000));
            m.put("posted", s.posted());
            m.put("queryable", s.completed());
            m.put("load1", s.load1());
            Map<String, Object> procs = new LinkedHashMap<>();
            s.processes().forEach((k, u) -> procs.put(k, List.of(Stats.round(u.cpuSeconds()), Stats.round(u.rssMb()))));
            m.put("cpuSecondsAndRssMb", procs);
            m.put("depths", s.depths());
            Map<String, Long> tap = new LinkedHashMap<>();
            s.tapped().forEach((k, v) -> tap.put(k, v[0]));
            m.put("messages", tap);
            out.add(m);
        }
        return out;
    }

    private void summary(Map<String, Object> r) {
        out.println();
        out.println("== Tarikh bench: " + o.scenario() + " ==  (" + o.out().resolve("result.json") + ", chart.png)");
        out.println("code: " + o.code() + "; machine: " + r.get("machine") + "; postgresql: " + r.get("postgresql"));
        Map<String, Object> phases = cast(r.get("phases"));
        for (Map.Entry<String, Object> e : phases.entrySet()) {
            Map<String, Object> p = cast(e.getValue());
            out.printf("%s: %s/%s queryable; sustained %s articles/s, %s segments/s; POST->queryable %s ms%n",
                    e.getKey(), p.get("queryable"), p.get("distinctArticles"), p.get("sustainedArticlesPerSecond"),
                    p.get("sustainedSegmentsPerSecond"), p.get("postToQueryableMs"));
            Map<String, Object> procs = cast(p.get("processes"));
            if (procs != null) {
                procs.forEach((k, v) -> out.printf("   %-17s %s%n", k, v));
            }
            out.printf("   hops: %s msg/s then %s msg/s; articles per service CPU-second: %s; max queue depths %s%n",
                    p.get("hop1MessagesPerSecond"), p.get("hop2MessagesPerSecond"), p.get("articlesPerServiceCpuSecond"),
                    p.get("queueDepthMax"));
        }
        Map<String, Object> checks = cast(r.get("checks"));
        out.println("checks: " + checks.entrySet().stream().filter(e -> !e.getKey().equals("postErrors") && !e.getKey().endsWith("Traced"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        out.println("pages: " + r.get("pages"));
        if (r.get("perftest") != null) {
            Map<String, Object> perf = cast(r.get("perftest"));
            out.printf("PerfTest: the broker carries %.0f messages/s over both hops at once, %s articles/s at %s messages "
                    + "per article; Tarikh sustained %s articles/s: %s of the broker's rate%n",
                    (Double) perf.get("pipelineMessagesPerSecond"), perf.get("brokerArticlesPerSecond"),
                    perf.get("messagesPerArticle"), cast(phases.values().iterator().next()).get("sustainedArticlesPerSecond"),
                    perf.get("tarikhFractionOfBroker"));
        }
        out.println("targets:");
        cast(r.get("targets")).forEach((k, v) -> {
            Map<String, Object> m = cast(v);
            out.printf("   %-42s %s  (%s)%n", k, Boolean.TRUE.equals(m.get("pass")) ? "PASS" : "FAIL", m.get("measured"));
        });
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        s = s.replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
