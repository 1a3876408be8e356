package org.tarikh.parser.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.tarikh.parser.structure.Article;
import org.tarikh.parser.structure.ArticleMetadata;
import org.tarikh.parser.structure.ArticleReader;
import org.tarikh.parser.structure.RejectedArticleException;
import org.tarikh.parser.structure.TextDecoding;

/**
 * The parsing core on one core: UTF-8 bytes in, segments with sentences, languages and ids out. The result is
 * operations per second on a corpus of about 1 MiB; MB/s = ops/s × corpusBytes / 10^6 (printed at setup).
 * The HTML corpora are pages read one by one: {@code html} the test fixtures (text-heavy, little markup), repeated
 * to about 1 MiB; {@code pages} every page of a directory of real pages ({@code -Dtarikh.pages=DIR}, default the
 * shared Readability test pages, with their scripts, styles and navigation), once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ArticleParsingBenchmark {

    /** sample: the seed article repeated; mixed: Arabic and English wire shapes with captions and datelines. */
    @Param({ "sample", "mixed", "html", "pages" })
    public String corpus;

    private final ArticleReader reader = new ArticleReader();
    private byte[] bytes;
    private List<byte[]> pages;

    @Setup(Level.Trial)
    public void load() throws IOException {
        if (corpus.equals("html") || corpus.equals("pages")) {
            pages = corpus.equals("html") ? fixtures() : readabilityPages();
            corpusBytes = pages.stream().mapToLong(p -> p.length).sum();
            System.out.printf("%n[corpus %s: %d bytes in %d pages]%n", corpus, corpusBytes, pages.size());
            return;
        }
        String unit = corpus.equals("sample") ? Files.readString(sample(), StandardCharsets.UTF_8) : MIXED;
        StringBuilder text = new StringBuilder();
        while (text.length() * 2 < 1 << 20) {
            text.append(unit).append("\n\n");
        }
        bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        corpusBytes = bytes.length;
        System.out.printf("%n[corpus %s: %d bytes, %d chars]%n", corpus, bytes.length, text.length());
    }

    /** CPU time of the benchmark thread, the figure that holds on a loaded machine where wall-clock ops/s do not. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long corpusBytes;
    private long cpuNanos;
    private long ops;
    private long measuredCpuNanos;
    private long measuredOps;

    @Setup(Level.Iteration)
    public void startIteration() {
        cpuNanos = 0;
        ops = 0;
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT) {
            measuredCpuNanos += cpuNanos;
            measuredOps += ops;
        }
    }

    @TearDown(Level.Trial)
    public void report() {
        if (measuredOps > 0) {
            double msPerOp = measuredCpuNanos / 1e6 / measuredOps;
            System.out.printf(Locale.ROOT, "%n[corpus %s: CPU %.2f ms/op = %.1f MB per CPU-second, over %d ops]%n", corpus,
                    msPerOp, corpusBytes / 1e6 / (msPerOp / 1e3), measuredOps);
        }
    }

    @Benchmark
    public void parse(Blackhole sink) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        parseCorpus(sink);
        cpuNanos += THREADS.getCurrentThreadCpuTime() - t0;
        ops++;
    }

    private void parseCorpus(Blackhole sink) {
        if (pages != null) {
            for (byte[] page : pages) {
                try {
                    Article article = reader.readHtml(TextDecoding.html(page, null), ArticleMetadata.none());
                    sink.consume(article.id());
                    sink.consume(article.segments());
                } catch (RejectedArticleException empty) {
                    sink.consume(empty);
                }
            }
            return;
        }
        Article article = reader.read(TextDecoding.utf8(bytes), ArticleMetadata.none());
        sink.consume(article.id());
        sink.consume(article.segments());
    }

    /** The HTML test fixtures, each its own page, cycled to about 1 MiB. */
    private static List<byte[]> fixtures() throws IOException {
        Path dir = Stream.of(Path.of("src/test/resources/html"), Path.of("parser-service/src/test/resources/html"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("src/test/resources/html not found"));
        List<byte[]> one;
        try (Stream<Path> files = Files.list(dir)) {
            one = files.filter(f -> f.toString().endsWith(".html")).sorted().map(ArticleParsingBenchmark::bytes).toList();
        }
        List<byte[]> all = new ArrayList<>();
        long total = 0;
        while (total < 1 << 20) {
            for (byte[] page : one) {
                all.add(page);
                total += page.length;
            }
        }
        return all;
    }

    private static List<byte[]> readabilityPages() throws IOException {
        Path dir = ExtractionScore.pagesDir();
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.map(f -> f.resolve("source.html")).filter(Files::exists).sorted()
                    .map(ArticleParsingBenchmark::bytes).toList();
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sample() {
        for (Path p : new Path[] { Path.of("seeds/000_2f5373c944bbeb12.txt"), Path.of("../seeds/000_2f5373c944bbeb12.txt") }) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("seeds/000_2f5373c944bbeb12.txt not found from " + Path.of("").toAbsolutePath());
    }

    private static final String MIXED = """
            Iraq says U.S. strikes on armed groups violate its sovereignty

            BAGHDAD, Jan 30 (Reuters) - Iraq's government said on Tuesday that U.S. strikes on armed groups were a \
            violation of its sovereignty. "We will respond. This is unacceptable," Gen. Smith said at 10 a.m. on Jan. 5.

            U.S. soldiers are seen at the site, Iraq January 13, 2020. REUTERS/John Davison
            جنود أميركيون في موقع استُهدف بصاروخ داخل قاعدة عين الأسد الجوية (رويترز)

            غزة- واصل جيش الاحتلال الإسرائيلي قصفه لمناطق متفرقة من القطاع، وسط تحذيرات من كارثة إنسانية. وقالت \
            وزارة الصحة إن عدد الشهداء ارتفع إلى 28 ألفا؛ بينما قال «الوضع خطير. لن نسكت» مضيفا أن الرد قادم.

            مخاوف من اجتياح رفح

            Prices rose 3.7% to $1,250.50 a tonne. The U.N. envoy arrived in Sanaa. Talks began.

            (Reporting by Timour Azhari; Editing by Alex Richardson)

            المصدر : الجزيرة""";
}
