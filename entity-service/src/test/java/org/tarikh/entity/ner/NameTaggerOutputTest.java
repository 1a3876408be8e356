package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.entity.text.TokenizedText;

/**
 * The name tagger's output pinned as digests over 600 sentences of each language's dev text: every feature hash of
 * every token, the tags of both stages, and the mentions of the whole names annotator. A change that only makes the
 * tagger faster (data layout, lookups, allocation) must leave all three equal. A change of the features, the model or
 * the rules changes them on purpose: then put the values this test prints in the table.
 */
class NameTaggerOutputTest {

    static Lexicon lexicon;
    static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load();
        recognizer = NameRecognizer.load(lexicon);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ar-anercorp-train.bio, -7643349356844247420, 4106648113444322903, -8282346103148201649",
        "en-uner-ewt-dev.bio, 6012160412896263340, -934995886254470560, 4616951441136933919",
    })
    void theOutputIsPinned(String file, long features, long tags, long mentions) throws IOException {
        Path data = Path.of("data/ner");
        if (!Files.exists(data)) {
            data = Path.of("entity-service/data/ner");
        }
        List<NameTaggerTrainer.Annotated> all = NameTaggerTrainer.readBio(data.resolve(file));
        List<NameTaggerTrainer.Annotated> sentences = all.subList(all.size() - 600, all.size());
        NameFeatures extractor = new NameFeatures(lexicon, NameLists.load(),
                file.startsWith("en") ? WordClusters.load() : null);
        long f = 0;
        long t = 0;
        long m = 0;
        for (int c = 0; c < sentences.size(); c += 12) {
            StringBuilder b = new StringBuilder();
            for (NameTaggerTrainer.Annotated a : sentences.subList(c, Math.min(sentences.size(), c + 12))) {
                b.append(String.join(" ", a.tokens())).append('\n');
            }
            TokenizedText text = TokenizedText.of(b.toString());
            List<int[]> ranges = NameRecognizer.sentenceRanges(text);
            long[] out = new long[text.size() * NameFeatures.PER_TOKEN];
            long[] keys = new long[text.size()];
            byte[] marks = new byte[text.size()];
            for (int[] r : ranges) {
                extractor.extract(text, r[0], r[1], out, r[0], keys, marks);
            }
            for (long v : out) {
                f = NameFeatures.mix(f, v);
            }
            for (int i = 0; i < keys.length; i++) {
                f = NameFeatures.mix(f, keys[i] ^ marks[i]);
            }
            for (int tag : recognizer.tags(text, ranges)) {
                t = NameFeatures.mix(t, tag);
            }
            for (Mention mention : recognizer.recognize(b.toString(), null)) {
                m = NameFeatures.mix(m, NameFeatures.hash(mention.toString()));
            }
        }
        System.out.printf("%s: features %d, tags %d, mentions %d%n", file, f, t, m);
        assertEquals(features, f, file + ": feature hashes");
        assertEquals(tags, t, file + ": tags");
        assertEquals(mentions, m, file + ": mentions");
    }

    /**
     * A text too long for one chunk is tagged a chunk at a time, each in its own arrays: the same article before and
     * after 25,000 tokens of dots (which carry no word for the document stage) gets the tags it gets alone, so the
     * chunks' offsets into the text are right.
     */
    @Test
    void aTextLongerThanAChunkIsTaggedAChunkAtATime() {
        String article = "قال جون كيربي المتحدث باسم البنتاغون إن القوات الأمريكية غادرت بغداد يوم الأحد.\n"
                + "John Kirby told reporters in Washington that the Pentagon had no comment.\n";
        int[] alone = recognizer.tags(TokenizedText.of(article), NameRecognizer.sentenceRanges(TokenizedText.of(article)));
        TokenizedText text = TokenizedText.of(article + ". ".repeat(NameRecognizer.CHUNK_TOKENS + 5_000) + "\n" + article);
        int[] tags = recognizer.tags(text, NameRecognizer.sentenceRanges(text));
        assertTrue(Arrays.stream(alone).anyMatch(t -> t != 0), "the article has names");
        int second = text.size() - alone.length;
        for (int i = 0; i < alone.length; i++) {
            assertEquals(text.get(i).form(), text.get(second + i).form(), "the second copy's token " + i);
            assertEquals(alone[i], tags[i], "first copy, token " + i + " " + text.get(i).form());
            assertEquals(alone[i], tags[second + i], "second copy, token " + i + " " + text.get(i).form());
        }
    }
}
