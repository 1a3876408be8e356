package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The development measurement of docs/time.md: hand-annotated Arabic (ANERcorp) and English (Timeline17) news
 * sentences, scored TempEval-3-style. The dev figures must not fall below what the tagger reached; the held-out
 * halves are scored only when asked for ({@code -Dtime.heldout=true}), at the end of a round of work, and
 * {@code -Dtime.misses=true} prints every miss of the dev halves.
 */
class TimexCorpusScoreTest {

    private static final TimexTagger TAGGER = new TimexTagger();

    @Test
    void arabicNewsDevValuesStayAboveTheirFloor() {
        TimexCorpus.Score s = run("ar-news-dev", "ar");
        assertTrue(s.valueAccuracy() >= 0.87, s.report("ar-news-dev"));
    }

    @Test
    void englishNewsDevValuesStayAboveTheirFloor() {
        TimexCorpus.Score s = run("en-news-dev", "en");
        assertTrue(s.valueF1() >= 0.95, s.report("en-news-dev"));
    }

    @Test
    @EnabledIfSystemProperty(named = "time.heldout", matches = "true")
    void heldOutScores() {
        run("ar-news-heldout", "ar");
        run("en-news-heldout", "en");
    }

    private static TimexCorpus.Score run(String name, String lang) {
        TimexCorpus corpus = TimexCorpus.load(name, lang);
        TimexCorpus.Score s = corpus.score(TAGGER);
        System.out.print(s.report(name));
        if (Boolean.getBoolean("time.misses") && !name.contains("heldout")) {
            s.misses.forEach(m -> System.out.println("  " + m));
        }
        return s;
    }
}
