package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The development parts of the measurement of docs/time.md (hand-annotated Arabic ANERcorp and English Timeline17
 * news sentences, scored TempEval-3-style) must not fall below what the tagger reached. The held-out parts are
 * scored by a command, not by a test: {@code entity-service/scripts/score-timex.sh --heldout}.
 */
class TimexCorpusScoreTest {

    private static final TimexTagger TAGGER = new TimexTagger();

    @Test
    void arabicNewsDevValuesStayAboveTheirFloor() {
        TimexCorpus.Score s = TimexCorpus.load("ar-news-dev", "ar").score(TAGGER);
        assertTrue(s.valueAccuracy() >= 0.87, s.report("ar-news-dev"));
    }

    @Test
    void englishNewsDevValuesStayAboveTheirFloor() {
        TimexCorpus.Score s = TimexCorpus.load("en-news-dev", "en").score(TAGGER);
        assertTrue(s.valueF1() >= 0.95, s.report("en-news-dev"));
    }
}
