package org.tarikh.entity.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.enrichment.Enrichment;

/** The acceptance bar of issue 4 on the sample, measured on the enrichment core (the REST and message paths run it). */
class SampleAcceptanceTest {

    static SampleGold sample;
    static GoldScore score;

    @BeforeAll
    static void enrichTheSample() throws Exception {
        sample = SampleGold.load();
        Enricher enricher = Pipeline.standard();
        Map<Integer, Enrichment> byLine = new HashMap<>();
        for (SampleGold.Segment s : sample.segments()) {
            byLine.put(s.line(), enricher.enrich(s.text(), LocalDate.parse("2024-01-30"), null, s.caption()));
        }
        score = score(byLine);
    }

    static GoldScore score(Map<Integer, Enrichment> byLine) {
        Map<Integer, List<String[]>> mentions = new HashMap<>();
        Map<Integer, List<String[]>> timexes = new HashMap<>();
        Map<Integer, List<String[]>> events = new HashMap<>();
        byLine.forEach((line, e) -> {
            mentions.put(line, new ArrayList<>(e.mentions().stream()
                    .map(m -> new String[] {m.type().name(), m.text(), m.key()}).toList()));
            timexes.put(line, new ArrayList<>(e.timexes().stream().map(t -> new String[] {t.text(), t.value()})
                    .toList()));
            events.put(line, new ArrayList<>(e.events().stream().map(v -> new String[] {v.type().name(), v.date(),
                    String.valueOf(v.killed()), String.valueOf(v.injured()), String.valueOf(v.injuredAtLeast())})
                    .toList()));
        });
        return new GoldScore(mentions, timexes, events);
    }

    @Test
    void everyGoldTimexHasItsValue() {
        assertEquals(List.of(), score.missingTimexes(sample.gold));
    }

    @Test
    void theSevenDatedGoldEventsHaveTheirDatesAndTheAttackItsCasualties() {
        assertEquals(7, sample.gold.get("events").size());
        assertEquals(List.of(), score.missingEvents(sample.gold));
    }

    @Test
    void entityRecallAndPrecisionMeetTheBar() {
        GoldScore.EntityScore s = score.entities(sample.gold);
        System.out.printf("sample entities: recall %.3f precision %.3f%n missed %s%n wrong %s%n", s.recall(),
                s.precision(), s.missed(), s.wrong());
        assertTrue(s.recall() >= 0.95, "recall " + s.recall() + ", missed " + s.missed());
        assertTrue(s.precision() >= 0.90, "precision " + s.precision() + ", wrong " + s.wrong());
    }
}
