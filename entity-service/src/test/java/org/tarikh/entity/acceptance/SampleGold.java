package org.tarikh.entity.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sample article and its human reading (seeds/, beside the article), split into segments the way the gold's
 * structure says (one line per segment, captions marked).
 */
public final class SampleGold {

    public static final String ARTICLE = "000_2f5373c944bbeb12";

    public final List<String> lines;
    public final JsonNode gold;
    /** The seed file as it is: segment offsets are into it. */
    public final String article;

    private SampleGold(String article, JsonNode gold) {
        this.article = article;
        this.lines = article.lines().toList();
        this.gold = gold;
    }

    /** The sample and its gold, both committed in the repository's seeds/. */
    public static SampleGold load() throws IOException {
        return new SampleGold(Files.readString(find(ARTICLE + ".txt")),
                new ObjectMapper().readTree(find(ARTICLE + ".gold.json").toFile()));
    }

    /** A file of seeds/, from the module directory (Maven) or the repository root (an IDE). */
    private static Path find(String name) {
        for (String base : new String[] {"..", "."}) {
            Path p = Path.of(base, "seeds", name);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("seeds/" + name + " not found from " + Path.of("").toAbsolutePath());
    }

    /** A segment of the sample: its 1-based line, text, kind and offset in the article. */
    public record Segment(int line, String text, String kind, int start) {
        public boolean caption() {
            return "CAPTION".equals(kind);
        }
    }

    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            int start = article.indexOf(lines.get(i), offset);
            offset = start + lines.get(i).length();
            if (lines.get(i).isBlank()) {
                continue;
            }
            String kind = "PARAGRAPH";
            for (JsonNode s : gold.get("structure")) {
                if (s.get("line").asInt() == i + 1) {
                    kind = s.get("kind").asText();
                }
            }
            out.add(new Segment(i + 1, lines.get(i), kind, start));
        }
        return out;
    }
}
