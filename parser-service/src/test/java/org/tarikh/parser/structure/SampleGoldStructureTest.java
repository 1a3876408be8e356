package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The sample article read as the human reading beside it in seeds/ says ("structure"). */
class SampleGoldStructureTest {

    static final Path SAMPLE = Path.of("../seeds/000_2f5373c944bbeb12.txt");
    static final Path GOLD = Path.of("../seeds/000_2f5373c944bbeb12.gold.json");

    @Test
    void sampleArticleHasTheGoldStructure() throws Exception {
        String raw = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        JsonArray gold = new JsonObject(Files.readString(GOLD, StandardCharsets.UTF_8)).getJsonArray("structure");
        Article article = new ArticleReader().read(raw, ArticleMetadata.none());
        String text = article.text();
        List<String> report = new ArrayList<>();
        for (Segment s : article.segments()) {
            report.add(line(text, s.start()) + " " + s.kind() + " " + s.lang() + " credit=" + s.credit() + " dateline="
                    + s.dateline() + " source=" + s.source() + " paired=" + s.pairedWith() + " | "
                    + s.text().substring(0, Math.min(40, s.text().length())));
        }
        String dump = String.join("\n", report);
        for (int g = 0; g < gold.size(); g++) {
            JsonObject expected = gold.getJsonObject(g);
            int lineNo = expected.getInteger("line");
            Segment first = article.segments().stream().filter(s -> line(text, s.start()) == lineNo).findFirst()
                    .orElse(null);
            assertNotNull(first, "a segment starts on line " + lineNo + "\n" + dump);
            assertEquals(expected.getString("kind"), first.kind().name(), "kind of line " + lineNo + "\n" + dump);
            assertEquals(expected.getString("lang"), first.lang(), "language of line " + lineNo);
            if (expected.containsKey("credit")) {
                assertEquals(expected.getString("credit"), first.credit(), "credit of line " + lineNo);
            }
            if (expected.containsKey("dateline")) {
                assertEquals(expected.getString("dateline"), first.dateline(), "dateline of line " + lineNo);
            }
            if (expected.containsKey("source")) {
                assertEquals(expected.getString("source"), first.source(), "source of line " + lineNo);
            }
        }
        // Every line the gold does not list is a paragraph, save the agency notices split off caption lines.
        for (Segment s : article.segments()) {
            int lineNo = line(text, s.start());
            boolean listed = gold.stream().anyMatch(o -> ((JsonObject) o).getInteger("line") == lineNo);
            if (!listed) {
                assertEquals(SegmentKind.PARAGRAPH, s.kind(), "line " + lineNo + "\n" + dump);
            } else if (s.kind() == SegmentKind.BOILERPLATE) {
                assertTrue(s.text().startsWith("ATTENTION EDITORS"), s.text());
            }
        }
        assertEquals(2, article.segments().stream().filter(s -> s.kind() == SegmentKind.BOILERPLATE).count(), dump);
        assertEquals("الجزيرة", article.metadata().source(), "the source line names the source");
        assertEquals("ar", article.metadata().language());
        // Each English caption is paired with the Arabic caption under the same photo.
        for (Segment s : article.segments()) {
            if (s.kind() == SegmentKind.CAPTION) {
                assertNotNull(s.pairedWith(), "caption paired: " + s.text());
                Segment other = article.segments().get(s.pairedWith());
                assertEquals(s.seq(), other.pairedWith());
                assertTrue(!other.lang().equals(s.lang()));
            }
        }
        StructureInvariants.check(article);
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
