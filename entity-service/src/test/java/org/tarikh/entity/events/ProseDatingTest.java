package org.tarikh.entity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.entity.TsvRows;
import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.text.SentenceSplitter;

/** English events are dated as exactly in prose as with one sentence per line (src/test/resources/events/prose-cases.tsv). */
class ProseDatingTest {

    static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Pipeline.standard();
    }

    static Stream<Arguments> paragraphs() {
        return TsvRows.of("/events/prose-cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void eachSentenceKeepsItsOwnDate(String paragraph, String published, String expected) {
        LocalDate date = LocalDate.parse(published);
        List<String> prose = dates(enricher.enrich(paragraph, date, "en", false).events());
        assertEquals(List.of(expected.split(" ")), prose, "events of the paragraph");
        List<String> lines = new ArrayList<>();
        for (int[] s : SentenceSplitter.split(paragraph)) {
            lines.addAll(dates(enricher.enrich(paragraph.substring(s[0], s[1]), date, "en", false).events()));
        }
        assertEquals(lines, prose, "prose and one sentence per line give the same dates");
        String oneLine = String.join("\n", SentenceSplitter.split(paragraph).stream()
                .map(s -> paragraph.substring(s[0], s[1])).toList());
        assertEquals(prose, dates(enricher.enrich(oneLine, date, "en", false).events()), "lines in one text");
    }

    private static List<String> dates(List<Event> events) {
        return events.stream().map(e -> e.type() + "=" + ("PUBLICATION".equals(e.dateBasis()) ? "~" : "") + e.date())
                .toList();
    }
}
