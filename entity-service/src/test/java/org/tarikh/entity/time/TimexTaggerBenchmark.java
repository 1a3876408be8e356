package org.tarikh.entity.time;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.tarikh.entity.document.Document;

/**
 * Throughput of the temporal tagger, one thread, on Arabic news text: the dates annotator alone on the sample
 * article's document (tokens and sentences made beforehand, as the pipeline makes them once for every annotator); the
 * article as one bare text, the same article paragraph by paragraph (as segments arrive), and the Arabic table
 * sentences (dense in dates), each of these tokenized and split into sentences too. MB/s of UTF-8 text = ops/s × the
 * byte count printed at setup / 1e6. Each iteration also prints the thread's CPU time per operation, the figure a
 * loaded machine does not change. How to run: docs/time.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimexTaggerBenchmark {

    private final TimexTagger tagger = new TimexTagger();
    private final LocalDate published = LocalDate.of(2024, 1, 30);
    private String article;
    private String[] paragraphs;
    private String[] sentences;
    private Document document;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long ops;
    private long cpuAtStart;

    @Setup
    public void setUp() throws IOException {
        Path path = Path.of("seeds/000_2f5373c944bbeb12.txt");
        if (!Files.exists(path)) {
            path = Path.of("..").resolve(path);
        }
        article = Files.readString(path);
        paragraphs = article.split("\n+");
        sentences = TemporalCase.arabic().stream().map(TemporalCase::sentence).toArray(String[]::new);
        long sentenceBytes = 0;
        for (String s : sentences) {
            sentenceBytes += s.getBytes(StandardCharsets.UTF_8).length;
        }
        document = Document.of(article, published, "ar", false);
        System.out.printf("%narticle: %d UTF-8 bytes in %d paragraphs; table sentences: %d, %d UTF-8 bytes%n",
                article.getBytes(StandardCharsets.UTF_8).length, paragraphs.length, sentences.length, sentenceBytes);
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
            System.out.printf("  [cpu %.4f ms/op]%n", cpu / 1e6 / ops);
        }
    }

    /** The dates annotator on a document whose tokens and sentences exist: the tagger's own cost. */
    @Benchmark
    public void documentDates(Blackhole sink) {
        sink.consume(tagger.dates(document));
        ops++;
    }

    @Benchmark
    public void wholeArticle(Blackhole sink) {
        sink.consume(tagger.tag(article, published, "ar"));
        ops++;
    }

    @Benchmark
    public void articleByParagraph(Blackhole sink) {
        for (String p : paragraphs) {
            sink.consume(tagger.tag(p, published, "ar"));
        }
        ops++;
    }

    @Benchmark
    public void arabicTableSentences(Blackhole sink) {
        for (String s : sentences) {
            sink.consume(tagger.tag(s, published, "ar"));
        }
        ops++;
    }
}
