package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every timex of the sample's gold reading is found, line by line as the segments arrive, with the gold value
 * (or one the gold accepts) and precision, against publication date 2024-01-30.
 */
class SampleGoldTimexesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 30);

    @Test
    void everyGoldTimexOfTheSampleIsFoundWithItsValue() throws IOException {
        List<String> lines = Files.readAllLines(article(), StandardCharsets.UTF_8);
        TimexTagger tagger = new TimexTagger();
        List<String> missing = new ArrayList<>();
        List<String[]> gold = gold();
        for (String[] g : gold) {
            String line = lines.get(Integer.parseInt(g[0]) - 1);
            List<Timex> found = tagger.tag(line, PUBLISHED, language(line));
            List<String> accepted = Arrays.asList(g[2].split(","));
            boolean ok = found.stream().anyMatch(t -> t.text().equals(g[1]) && accepted.contains(t.value())
                    && (g[3].equals("-") || t.precision().name().equals(g[3])));
            if (!ok) {
                missing.add(g[0] + ": " + g[1] + " = " + accepted + " / " + g[3] + "; found "
                        + found.stream().map(t -> t.text() + "=" + t.value() + "/" + t.precision())
                                .collect(Collectors.joining(", ")));
            }
        }
        assertEquals(9, gold.size(), "gold timexes read");
        assertTrue(missing.isEmpty(), "missing or wrong: " + String.join("\n", missing));
    }

    @Test
    void sampleTimexesPointIntoTheirLinesAndDoNotOverlap() throws IOException {
        TimexTagger tagger = new TimexTagger();
        for (String line : Files.readAllLines(article(), StandardCharsets.UTF_8)) {
            int lastEnd = 0;
            for (Timex t : tagger.tag(line, PUBLISHED, language(line))) {
                assertEquals(t.text(), line.substring(t.start(), t.end()));
                assertTrue(t.start() >= lastEnd, "overlap at " + t);
                lastEnd = t.end();
            }
        }
    }

    private static String language(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                return c < 0x0600 ? "en" : "ar";
            }
        }
        return "ar";
    }

    private static List<String[]> gold() throws IOException {
        try (InputStream in = SampleGoldTimexesTest.class.getResourceAsStream("/time/sample-gold-timexes.tsv")) {
            assertNotNull(in, "sample-gold-timexes.tsv");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    private static Path article() {
        for (String base : new String[] { ".", "..", "../.." }) {
            Path p = Path.of(base, "seeds", "000_2f5373c944bbeb12.txt");
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("seeds/000_2f5373c944bbeb12.txt not found from " + Path.of("").toAbsolutePath());
    }
}
