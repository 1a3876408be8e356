package org.tarikh.parser.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tarikh.parser.structure.Article;
import org.tarikh.parser.structure.ArticleMetadata;
import org.tarikh.parser.structure.ArticleReader;
import org.tarikh.parser.structure.TextDecoding;

/**
 * The parsing core on one core: UTF-8 bytes in, segments with sentences, languages and ids out. The result is
 * operations per second on a corpus of about 1 MiB; MB/s = ops/s × corpusBytes / 10^6 (printed at setup).
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
    @Param({ "sample", "mixed" })
    public String corpus;

    private final ArticleReader reader = new ArticleReader();
    private byte[] bytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        String unit = corpus.equals("sample") ? Files.readString(sample(), StandardCharsets.UTF_8) : MIXED;
        StringBuilder text = new StringBuilder();
        while (text.length() * 2 < 1 << 20) {
            text.append(unit).append("\n\n");
        }
        bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[corpus %s: %d bytes, %d chars]%n", corpus, bytes.length, text.length());
    }

    @Benchmark
    public void parse(Blackhole sink) {
        Article article = reader.read(TextDecoding.utf8(bytes), ArticleMetadata.none());
        sink.consume(article.id());
        sink.consume(article.segments());
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
