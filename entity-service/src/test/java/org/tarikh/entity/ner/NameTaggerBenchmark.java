package org.tarikh.entity.ner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tarikh.entity.text.TokenizedText;

/**
 * Tokens per second of the name tagger on one thread: the Arabic dev split (the last tenth of ANERcorp's train part,
 * data/ner) or the English one (UNER EWT dev), tokenized once in setup, in texts of 12 sentences as ner_score.py sends
 * them. {@code tagger}: features and Viterbi per sentence (and the
 * second stage over the text, English); {@code recognizer}: the whole names annotator (tagger, lexicon,
 * context rules, keys, links). Scores are tokens/s; each iteration also prints the thread's CPU time per token.
 * Run: {@code ./mvnw -B -q -pl entity-service -Pbench test-compile exec:exec -Dbench.args='NameTaggerBenchmark -f 1'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NameTaggerBenchmark {

    @Param({"ar", "en"})
    public String lang;

    private NameRecognizer recognizer;
    private final List<TokenizedText> texts = new ArrayList<>();
    private int tokens;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long ops;
    private long cpuAtStart;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of("data/ner");
        if (!Files.exists(data)) {
            data = Path.of("entity-service/data/ner");
        }
        List<NameTaggerTrainer.Annotated> sentences = NameTaggerTrainer.Corpus.of(lang, data).dev;
        for (int c = 0; c < sentences.size(); c += 12) {
            StringBuilder b = new StringBuilder();
            for (NameTaggerTrainer.Annotated a : sentences.subList(c, Math.min(sentences.size(), c + 12))) {
                b.append(String.join(" ", a.tokens())).append('\n');
            }
            TokenizedText t = TokenizedText.of(b.toString());
            texts.add(t);
            tokens += t.size();
        }
        Lexicon lexicon = Lexicon.load();
        recognizer = NameRecognizer.load(lexicon);
        System.out.printf("%n%s dev split: %d texts, %d tokens%n", lang, texts.size(), tokens);
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
            System.out.printf("  [cpu %.0f tokens/s per core of CPU time]%n", (double) ops * tokens / (cpu / 1e9));
        }
    }

    /**
     * Features and Viterbi, sentence by sentence, and the second stage where the language has one (English): ops/s ×
     * tokens = tokens/s (printed per iteration).
     */
    @Benchmark
    public void tagger(Blackhole sink) {
        for (TokenizedText t : texts) {
            sink.consume(recognizer.tags(t, NameRecognizer.sentenceRanges(t)));
        }
        ops++;
    }

    /** The whole names annotator. */
    @Benchmark
    public void recognizer(Blackhole sink) {
        for (TokenizedText t : texts) {
            sink.consume(recognizer.recognize(t, lang, null));
        }
        ops++;
    }
}
