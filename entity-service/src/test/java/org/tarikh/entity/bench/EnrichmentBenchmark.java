package org.tarikh.entity.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.enrichment.Enricher;

/**
 * Throughput of the enrichment core (tokens, entities, dates, events) on a whole Arabic news article, one thread.
 * MB/s of UTF-8 text = ops/s × {@link #ARTICLE_BYTES} / 1e6; the run prints both. JMH measures wall-clock time, which
 * on a shared machine includes waiting for a core; each iteration therefore also prints the benchmark thread's own
 * CPU time per operation and the MB/s it makes per core of CPU time. See docs/entities.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichmentBenchmark {

    static final String ARTICLE = "seeds/000_2f5373c944bbeb12.txt";
    static int ARTICLE_BYTES;

    private Enricher enricher;
    private String article;
    private String[] paragraphs;
    private final LocalDate published = LocalDate.of(2024, 1, 30);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long ops;
    private long cpuAtStart;

    @Setup
    public void setUp() throws IOException {
        Path path = Path.of(ARTICLE);
        if (!Files.exists(path)) {
            path = Path.of("..").resolve(ARTICLE);
        }
        article = Files.readString(path);
        paragraphs = article.split("\n+");
        ARTICLE_BYTES = article.getBytes(StandardCharsets.UTF_8).length;
        enricher = Pipeline.standard();
        System.out.printf("%nArticle: %d chars, %d UTF-8 bytes, %d paragraphs%n", article.length(), ARTICLE_BYTES,
                paragraphs.length);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        ops = 0;
        cpuAtStart = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        long cpu = threads.getCurrentThreadCpuTime() - cpuAtStart;
        if (ops > 0 && cpu > 0) {
            System.out.printf("  [cpu %.3f ms/op = %.2f MB/s per core of CPU time]%n", cpu / 1e6 / ops,
                    ARTICLE_BYTES * (double) ops / (cpu / 1e9) / 1e6);
        }
    }

    /** The whole article as one text. */
    @Benchmark
    public void wholeArticle(Blackhole sink) {
        sink.consume(enricher.enrich(article, published, "ar", false));
        ops++;
    }

    /** The article as the message path sees it: one segment document per paragraph, enriched as one article. */
    @Benchmark
    public void segmentByParagraph(Blackhole sink) {
        List<Document> segments = new ArrayList<>(paragraphs.length);
        for (String p : paragraphs) {
            segments.add(Document.of(p, null, published, null, false, null, null));
        }
        sink.consume(enricher.enrichArticle(segments));
        ops++;
    }
}
