package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trained name tagger: a few of its decisions pinned, legal BIO output, and a training run that repeats. */
class NameTaggerTest {

    static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = NameRecognizer.load(Lexicon.load());
    }

    @ParameterizedTest(name = "{1} «{2}» in: {0}")
    @CsvSource(delimiter = '|', value = {
        "وقال الرئيس المصري حسني مبارك في مؤتمر صحفي بالقاهرة إن المفاوضات ستستمر|PERSON|حسني مبارك",
        "وقال الرئيس المصري حسني مبارك في مؤتمر صحفي بالقاهرة إن المفاوضات ستستمر|LOCATION|القاهرة",
        "أعلنت وزارة الخارجية الفرنسية أن الوزير سيزور طهران الأسبوع المقبل|LOCATION|طهران",
        "وصرح المتحدث باسم الأمم المتحدة ستيفان دوجاريك بأن القافلة وصلت|ORGANIZATION|الأمم المتحدة",
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.|PERSON|Olaf Scholz",
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.|PERSON|Emmanuel Macron",
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.|LOCATION|Paris",
        "The World Health Organization said the outbreak in Sudan was spreading.|ORGANIZATION|World Health Organization",
    })
    void theModelFindsCommonNewsNames(String text, EntityType type, String name) {
        List<Mention> found = recognizer.recognize(text, null);
        assertTrue(found.stream().anyMatch(m -> m.type() == type && m.text().equals(name)), type + " «" + name
                + "» in " + found);
    }

    @Test
    void decodingNeverOpensANameInTheMiddle() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(12);
            float[] scores = new float[n * NameTagger.T];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = (float) random.nextGaussian() * 5;
            }
            float[] transitions = new float[(NameTagger.T + 1) * NameTagger.T];
            int[] tags = NameTagger.viterbi(scores, n, transitions);
            for (int k = 0; k < n; k++) {
                assertTrue(NameTagger.legal(k == 0 ? -1 : tags[k - 1], tags[k]), "illegal " + java.util.Arrays
                        .toString(tags));
            }
        }
    }

    @Test
    void aModelIsReadBackAsWritten() throws Exception {
        long[] keys = {11L, -5L, 1L << 40};
        float[] weights = new float[keys.length * NameTagger.T];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i * 0.5f - 3;
        }
        float[] transitions = new float[(NameTagger.T + 1) * NameTagger.T];
        transitions[3] = 2.5f;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            NameTagger.write(gz, keys, weights, transitions);
        }
        NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(3, read.features());
        for (int t = 0; t < NameTagger.T; t++) {
            assertEquals(weights[NameTagger.T + t], read.weight(-5L, t));
            assertEquals(weights[2 * NameTagger.T + t], read.weight(1L << 40, t));
            assertEquals(0, read.weight(12L, t));
        }
    }

    @Test
    void trainingWithTheSameSeedGivesTheSameModel(@TempDir Path dir) throws Exception {
        List<NameTaggerTrainer.Annotated> data = List.of(
                sentence("Olaf/B-PER Scholz/I-PER visited/O Paris/B-LOC ./O"),
                sentence("The/O United/B-ORG Nations/I-ORG met/O in/O Geneva/B-LOC ./O"),
                sentence("قال/O محمد/B-PER علي/I-PER في/O بغداد/B-LOC"),
                sentence("Reuters/B-ORG reported/O from/O Cairo/B-LOC ./O"));
        NameFeatures features = new NameFeatures(Lexicon.load(), NameLists.load());
        byte[][] models = new byte[2][];
        for (int run = 0; run < 2; run++) {
            NameTaggerTrainer trainer = new NameTaggerTrainer(features, new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream()));
            List<NameTaggerTrainer.Example> examples = data.stream().map(NameTaggerTrainer.Example::new).toList();
            trainer.index(examples, 1);
            trainer.train(examples, 5, 13, null, null);
            Path file = dir.resolve("m" + run + ".bin.gz");
            trainer.write(file, 0f);
            models[run] = Files.readAllBytes(file);
        }
        assertArrayEquals(models[0], models[1]);
    }

    @Test
    void bothStagesRetrainToTheSameBytes(@TempDir Path dir) throws Exception {
        List<NameTaggerTrainer.Annotated> data = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            data.add(sentence(List.of("Olaf/B-PER Scholz/I-PER visited/O Paris/B-LOC ./O",
                    "Scholz/B-PER met/O the/O United/B-ORG Nations/I-ORG in/O Geneva/B-LOC ./O",
                    "قال/O محمد/B-PER علي/I-PER في/O بغداد/B-LOC").get(i % 3)));
        }
        NameFeatures features = new NameFeatures(Lexicon.load(), NameLists.load());
        java.io.PrintStream out = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            for (String run : List.of("a", "b")) {
                Files.createDirectories(dir.resolve(run));
                NameTaggerTrainer.fit(features, data, null, dir.resolve(run), "en",
                        new NameTaggerTrainer.Settings(3, 13, 1, 0f, 2));
            }
        } finally {
            System.setOut(out);
        }
        for (String file : List.of("name-tagger-en.bin.gz", "name-tagger-en-doc.bin.gz")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void aMeanOfOrdersIsTheMeanOfThePerceptronsOfEachOrder(@TempDir Path dir) throws Exception {
        List<NameTaggerTrainer.Annotated> data = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            data.add(sentence(List.of("Olaf/B-PER Scholz/I-PER visited/O Paris/B-LOC ./O",
                    "Scholz/B-PER met/O the/O United/B-ORG Nations/I-ORG in/O Geneva/B-LOC ./O",
                    "قال/O محمد/B-PER علي/I-PER في/O بغداد/B-LOC").get(i % 3)));
        }
        NameFeatures features = new NameFeatures(Lexicon.load(), NameLists.load());
        java.util.Map<Long, float[]> sum = new java.util.HashMap<>();
        java.util.Map<Long, float[]> mean = null;
        for (int orders : new int[] {1, 1, 1, 3}) {
            NameTaggerTrainer trainer = new NameTaggerTrainer(features, new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream()));
            List<NameTaggerTrainer.Example> examples = data.stream().map(NameTaggerTrainer.Example::new).toList();
            trainer.index(examples, 1);
            Path file = dir.resolve("m" + orders + "-" + System.nanoTime() + ".bin.gz");
            trainer.trainMean(examples, 4, orders == 3 ? 13 : seeds.removeFirst(), orders, null, null);
            trainer.write(file, 0f);
            java.util.Map<Long, float[]> w = weights(file);
            if (orders == 3) {
                mean = w;
            } else {
                w.forEach((k, v) -> {
                    float[] s = sum.computeIfAbsent(k, x -> new float[NameTagger.T]);
                    for (int t = 0; t < v.length; t++) {
                        s[t] += v[t] / 3;
                    }
                });
            }
        }
        assertEquals(sum.keySet(), mean.keySet());
        for (var e : mean.entrySet()) {
            assertArrayEquals(sum.get(e.getKey()), e.getValue(), 1e-4f);
        }
    }

    private final java.util.ArrayDeque<Long> seeds = new java.util.ArrayDeque<>(List.of(13L, 14L, 15L));

    /** A model file's weights by feature key. */
    private static java.util.Map<Long, float[]> weights(Path file) throws Exception {
        java.util.Map<Long, float[]> out = new java.util.HashMap<>();
        try (var in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(Files.newInputStream(file)))) {
            in.readInt();
            int tags = in.readInt();
            for (int i = 0; i < (tags + 1) * tags; i++) {
                in.readFloat();
            }
            int n = in.readInt();
            for (int r = 0; r < n; r++) {
                long key = in.readLong();
                float[] w = new float[tags];
                for (int t = 0; t < tags; t++) {
                    w[t] = in.readFloat();
                }
                out.put(key, w);
            }
        }
        return out;
    }

    /**
     * Two corpora that disagree: a quarter of the sentences (domain 0) call "Lakers" an organization, the rest
     * (domain 1) do not.
     */
    private static List<NameTaggerTrainer.Annotated> lakersCorpora() {
        List<NameTaggerTrainer.Annotated> data = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            NameTaggerTrainer.Annotated a = sentence(i % 4 == 0 ? "the/O Lakers/B-ORG won/O in/O Boston/B-LOC ./O"
                    : "the/O Lakers/O won/O in/O Boston/B-LOC ./O");
            data.add(new NameTaggerTrainer.Annotated(a.tokens(), a.tags(), i % 4 == 0 ? 0 : 1));
        }
        return data;
    }

    @Test
    void aCorpusThatAnnotatesOtherwiseIsLearnedApartWithDomainCopies(@TempDir Path dir) throws Exception {
        // the dev split's corpus (domain 0) calls "Lakers" an organization; a larger other corpus (domain 1) does
        // not annotate it. Trained together as one, the larger corpus wins; with a copy of the features per corpus,
        // the shipped model (shared weights + domain 0's copy) follows domain 0, and reads one weight per feature.
        List<NameTaggerTrainer.Annotated> data = lakersCorpora();
        NameFeatures features = new NameFeatures(Lexicon.load(), NameLists.load());
        NameTaggerTrainer.Example test = new NameTaggerTrainer.Example(sentence("the/O Lakers/B-ORG won/O ./O"));
        int[] tags = new int[2];
        for (int run = 0; run < 2; run++) {
            NameTaggerTrainer trainer = new NameTaggerTrainer(features, new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream()), run == 1);
            List<NameTaggerTrainer.Example> examples = data.stream().map(NameTaggerTrainer.Example::new).toList();
            trainer.index(examples, 1);
            trainer.train(examples, 5, 13, null, null);
            Path file = dir.resolve("m" + run + ".bin.gz");
            trainer.write(file, 0f);
            try (var in = Files.newInputStream(file)) {
                tags[run] = trainer.predict(NameTagger.read(in), test)[1];
            }
        }
        assertEquals(0, tags[0], "one corpus: Lakers is no name, as most sentences say");
        assertEquals(3, tags[1], "domain copies: B-ORG, as the dev split's corpus says");
    }

    @Test
    void aCorpusWeighedMoreWinsWhereTheCorporaDisagree(@TempDir Path dir) throws Exception {
        // a quarter of the sentences (domain 0, as GUM news) call "Lakers" an organization, the rest (domain 1) do
        // not: with equal weights the larger corpus wins; with domain 0's updates four times as large, domain 0 does;
        // and weights of 1 are no weights at all (the same bytes)
        List<NameTaggerTrainer.Annotated> data = lakersCorpora();
        NameFeatures features = new NameFeatures(Lexicon.load(), NameLists.load());
        NameTaggerTrainer.Example test = new NameTaggerTrainer.Example(sentence("the/O Lakers/B-ORG won/O ./O"));
        List<float[]> weights = List.of(new float[0], new float[] {1, 1}, new float[] {4, 1});
        byte[][] models = new byte[3][];
        int[] tags = new int[3];
        java.io.PrintStream out = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            for (int run = 0; run < 3; run++) {
                Path d = Files.createDirectories(dir.resolve("w" + run));
                NameTaggerTrainer.fit(features, data, null, d, "en",
                        new NameTaggerTrainer.Settings(5, 13, 1, 0f, 0, false, 1, weights.get(run)));
                Path file = d.resolve("name-tagger-en.bin.gz");
                models[run] = Files.readAllBytes(file);
                try (var in = Files.newInputStream(file)) {
                    tags[run] = new NameTaggerTrainer(features, out).predict(NameTagger.read(in), test)[1];
                }
            }
        } finally {
            System.setOut(out);
        }
        assertArrayEquals(models[0], models[1], "weights of 1 change nothing");
        assertEquals(0, tags[0], "equal weights: Lakers is no name, as most sentences say");
        assertEquals(3, tags[2], "domain 0 weighed four times: B-ORG, as its sentences say");
    }

    @Test
    void theDocumentFeaturesSayWhatTheFirstStageFoundForTheSameWordElsewhere() {
        // "kirby" twice: once tagged B-PER... I-PER by the first stage, once not; "said" twice, never a name
        long kirby = 7;
        long said = 9;
        long[] keys = {11, kirby, said, kirby, said};
        byte[] marks = {NameFeatures.CAPITAL | NameFeatures.OPENS, NameFeatures.CAPITAL, 0, NameFeatures.CAPITAL
                | NameFeatures.OPENS, 0};
        int[] tags = {1, 2, 0, 0, 0};
        int S = NameFeatures.DOCUMENT_SLOTS;
        long[] out = new long[keys.length * S];
        NameFeatures.document(keys, marks, tags, keys.length, out, S, 0);
        // the second kirby sees a person elsewhere (I-PER), the first sees only an O: they differ
        assertTrue(out[3 * S] != out[S], "the verdicts of the two kirbys");
        assertEquals(out[3 * S + 2], NameFeatures.mix(56, 2), "the other kirby was I-PER");
        // each said sees the other said outside any name, alike
        assertEquals(out[2 * S], out[4 * S]);
        // a word seen nowhere else
        assertEquals(NameFeatures.mix(54, 1), out[0]);
    }

    private static NameTaggerTrainer.Annotated sentence(String tagged) {
        List<String> tokens = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        for (String t : tagged.split(" ")) {
            int slash = t.lastIndexOf('/');
            tokens.add(t.substring(0, slash));
            tags.add(t.substring(slash + 1));
        }
        return new NameTaggerTrainer.Annotated(tokens, tags);
    }
}
