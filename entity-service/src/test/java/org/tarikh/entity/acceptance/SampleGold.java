package org.tarikh.entity.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sample article and its human reading (shared/gold, read-only, beside the repository), split into segments the
 * way the gold's structure says (one line per segment, captions marked).
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

    /** The sample and its gold, or null when shared/ is not beside the repository. */
    public static SampleGold load() throws IOException {
        Path seed = find("seeds/" + ARTICLE + ".txt", "main");
        Path gold = find("shared/gold/" + ARTICLE + ".gold.json", null);
        if (seed == null || gold == null) {
            return null;
        }
        return new SampleGold(Files.readString(seed), new ObjectMapper().readTree(gold.toFile()));
    }

    /** The seed article alone (for tests that need no gold), or null when it cannot be found. */
    public static String seedText() throws IOException {
        Path seed = find("seeds/" + ARTICLE + ".txt", "main");
        return seed == null ? null : Files.readString(seed);
    }

    private static Path find(String relative, String repo) {
        for (String base : new String[] {"..", "../..", "../../.."}) {
            Path p = Path.of(base).resolve(relative);
            if (Files.exists(p)) {
                return p;
            }
        }
        Path shared = Path.of("/work/shared").resolve(relative.replaceFirst("^shared/", ""));
        return relative.startsWith("shared/") && Files.exists(shared) ? shared : null;
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
