package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergeRuleTest {

    static MergeRule.Happening happening(String type, String date, String basis, String place, String participants) {
        DatePrecision precision = switch (date.length()) {
            case 4 -> DatePrecision.YEAR;
            case 7 -> DatePrecision.MONTH;
            case 8 -> date.contains("W") ? DatePrecision.WEEK : DatePrecision.QUARTER;
            default -> DatePrecision.DAY;
        };
        Set<String> keys = participants == null || participants.isBlank() ? Set.of()
                : Arrays.stream(participants.split(" ")).collect(Collectors.toSet());
        return new MergeRule.Happening(type, date, precision, basis, place == null || place.isBlank() ? null : place, keys);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} {4} vs {5} {6} {7} {8} {9} → {10}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # report                                                  | stored event                                              | joins
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | true
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | ATTACK | 2024-01    | TIMEX       | loc:aden   | -           | true
            ATTACK | 2024       | TIMEX       | loc:aden   | -           | ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | true
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | ATTACK | 2024-01-27 | TIMEX       | loc:aden   | -           | false
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | ATTACK | 2024-02    | TIMEX       | loc:aden   | -           | false
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | KILLING| 2024-01-28 | TIMEX       | loc:aden   | -           | false
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | org:a       | ATTACK | 2024-01-28 | TIMEX       | loc:mukalla| org:a       | false
            ATTACK | 2024-01-28 | TIMEX       | -          | org:a org:b | ATTACK | 2024-01-28 | TIMEX       | loc:aden   | org:b       | true
            ATTACK | 2024-01-28 | TIMEX       | -          | org:a       | ATTACK | 2024-01-28 | TIMEX       | -          | org:c       | false
            ATTACK | 2024-01-28 | TIMEX       | -          | -           | ATTACK | 2024-01-28 | TIMEX       | -          | -           | false
            ATTACK | 2024-01-30 | PUBLICATION | loc:aden   | -           | ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | true
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | ATTACK | 2024-01-30 | PUBLICATION | loc:aden   | -           | true
            ATTACK | 2024-02-20 | PUBLICATION | loc:aden   | -           | ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | false
            ATTACK | 2024-01-28 | TIMEX       | loc:aden   | -           | ATTACK | 2024-W04   | TIMEX       | loc:aden   | -           | true
            ATTACK | 2024-01-29 | TIMEX       | loc:aden   | -           | ATTACK | 2024-W04   | TIMEX       | loc:aden   | -           | false
            """)
    void sameHappeningIsRecognized(String type, String date, String basis, String place, String actors,
            String eventType, String eventDate, String eventBasis, String eventPlace, String eventActors,
            boolean joins) {
        var report = happening(type, date, basis, place, actors);
        var event = new MergeRule.Candidate(7, happening(eventType, eventDate, eventBasis, eventPlace, eventActors));
        assertEquals(joins, MergeRule.join(report, List.of(event)).isPresent());
    }

    @Test
    void theSameSentenceJoinsWithoutPlaceOrParticipantButNotAcrossPlacesOrDates() {
        var report = happening("KILLING", "2024-01-28", "TIMEX", null, null);
        var quoted = new MergeRule.Candidate(5, happening("KILLING", "2024-01-28", "TIMEX", null, null), true);
        var decision = MergeRule.join(report, List.of(quoted)).orElseThrow();
        assertEquals(5, decision.eventId());
        assertTrue(decision.reason().contains("same sentence"), decision.reason());
        assertFalse(MergeRule.join(report, List.of(new MergeRule.Candidate(5, quoted.happening()))).isPresent(),
                "other words, nothing shared: another happening");
        var elsewhere = happening("KILLING", "2024-01-28", "TIMEX", "loc:aden", null);
        assertFalse(MergeRule.join(happening("KILLING", "2024-01-28", "TIMEX", "loc:taiz", null),
                List.of(new MergeRule.Candidate(5, elsewhere, true))).isPresent(), "two places named");
        assertFalse(MergeRule.join(happening("KILLING", "2024-03-02", "TIMEX", null, null),
                List.of(new MergeRule.Candidate(5, quoted.happening(), true))).isPresent(), "another day");
        var placeOnly = new MergeRule.Candidate(1, happening("KILLING", "2024-01-28", "TIMEX", null, null), false);
        assertEquals(5, MergeRule.join(report, List.of(placeOnly, quoted)).orElseThrow().eventId());
    }

        @Test
    void decisionExplainsWhyItJoins() {
        var report = happening("ATTACK", "2024-01-28", "TIMEX", "loc:aden", "org:a");
        var event = new MergeRule.Candidate(3, happening("ATTACK", "2024-01", "TIMEX", "loc:aden", "org:a org:z"));
        var decision = MergeRule.join(report, List.of(event)).orElseThrow();
        assertEquals(3, decision.eventId());
        assertTrue(decision.reason().contains("same place loc:aden"), decision.reason());
        assertTrue(decision.reason().contains("shared participant org:a"), decision.reason());
        assertTrue(decision.reason().contains("2024-01-28 (DAY) compatible with 2024-01 (MONTH)"), decision.reason());
        assertTrue(decision.sharpensDate(), "a day is more exact than a month");
    }

    @Test
    void vaguerReportDoesNotBlurTheDate() {
        var report = happening("ATTACK", "2024", "TIMEX", "loc:aden", null);
        var event = new MergeRule.Candidate(3, happening("ATTACK", "2024-01-28", "TIMEX", "loc:aden", null));
        assertFalse(MergeRule.join(report, List.of(event)).orElseThrow().sharpensDate());
    }

    @Test
    void samePlaceAndActorsBeatsOnlySamePlaceAndNarrowerDateWins() {
        var report = happening("ATTACK", "2024-01-28", "TIMEX", "loc:aden", "org:a");
        var placeOnly = new MergeRule.Candidate(1, happening("ATTACK", "2024-01-28", "TIMEX", "loc:aden", null));
        var both = new MergeRule.Candidate(2, happening("ATTACK", "2024-01", "TIMEX", "loc:aden", "org:a"));
        var bothNarrow = new MergeRule.Candidate(3, happening("ATTACK", "2024-01-28", "TIMEX", "loc:aden", "org:a"));
        assertEquals(3, MergeRule.join(report, List.of(placeOnly, both, bothNarrow)).orElseThrow().eventId());
        assertEquals(2, MergeRule.join(report, List.of(placeOnly, both)).orElseThrow().eventId());
    }
}
