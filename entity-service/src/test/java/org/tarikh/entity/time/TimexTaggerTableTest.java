package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The temporal tables (src/test/resources/time/*.tsv): each row's expected timex is found with its value. */
class TimexTaggerTableTest {

    private static final TimexTagger TAGGER = new TimexTagger();

    static List<TemporalCase> arabicCases() {
        return TemporalCase.arabic();
    }

    static List<TemporalCase> englishCases() {
        return TemporalCase.english();
    }

    static List<TemporalCase> allCases() {
        return TemporalCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arabicCases")
    void arabicNewsExpressionsNormalizeAgainstPublicationDate(TemporalCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishCases")
    void englishNewsExpressionsNormalizeAgainstPublicationDate(TemporalCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void timexesAreDisjointAndTheirOffsetsPointIntoTheOriginalText(TemporalCase c) {
        List<Timex> found = TAGGER.tag(c.sentence(), c.reference(), c.lang());
        int lastEnd = 0;
        for (Timex t : found) {
            assertEquals(t.text(), c.sentence().substring(t.start(), t.end()), "offsets of " + t);
            assertTrue(t.start() >= lastEnd, "overlap or disorder at " + t + " in " + found);
            assertTrue(t.end() > t.start(), "empty timex " + t);
            assertNotNull(t.precision(), "precision of " + t);
            assertNotNull(t.anchor(), "anchor of " + t);
            lastEnd = t.end();
        }
    }

    @Test
    void tablesHoldEnoughCasesInEachLanguage() {
        long arabic = TemporalCase.arabic().stream().filter(c -> !c.negative()).count();
        long english = TemporalCase.english().stream().filter(c -> !c.negative()).count();
        assertTrue(arabic >= 200, "Arabic positive rows: " + arabic);
        assertTrue(english >= 100, "English positive rows: " + english);
        assertTrue(TemporalCase.all().stream().filter(TemporalCase::negative).count() >= 30, "negative rows");
    }

    private static void check(TemporalCase c) {
        List<Timex> found = TAGGER.tag(c.sentence(), c.reference(), c.lang());
        String seen = found.stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(", "));
        if (c.negative()) {
            assertTrue(found.isEmpty(), "expected no timex, found " + seen);
            return;
        }
        Timex t = found.stream().filter(x -> x.text().equals(c.text())).findFirst().orElse(null);
        assertNotNull(t, "no timex '" + c.text() + "'; found " + seen);
        assertEquals(c.value(), t.value(), "value of " + c.text());
        assertEquals(c.precision(), t.precision().name(), "precision of " + c.text());
        assertEquals(c.mod(), t.mod(), "mod of " + c.text());
    }
}
