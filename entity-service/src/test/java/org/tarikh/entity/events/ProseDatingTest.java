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
        return TsvRows.of("/events/prose-cases.tsv").stream()
                .map(r -> Arguments.of(r[0], r[1], r[2], r.length > 3 && r[3] != null ? r[3] : r[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void eachSentenceKeepsItsOwnDate(String paragraph, String published, String expected, String alone) {
        LocalDate date = LocalDate.parse(published);
        String lang = paragraph.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "ar" : "en";
        List<String> prose = dates(enricher.enrich(paragraph, date, lang, false).events());
        assertEquals(List.of(expected.split(" ")), prose, "events of the paragraph");
        List<String> lines = new ArrayList<>();
        for (int[] s : SentenceSplitter.split(paragraph)) {
            lines.addAll(dates(enricher.enrich(paragraph.substring(s[0], s[1]), date, lang, false).events()));
        }
        assertEquals(List.of(alone.split(" ")), lines,
                "each sentence as a text of its own: only a date carried from the sentence before is lost");
        String oneLine = String.join("\n", SentenceSplitter.split(paragraph).stream()
                .map(s -> paragraph.substring(s[0], s[1])).toList());
        assertEquals(prose, dates(enricher.enrich(oneLine, date, lang, false).events()), "lines in one text");
    }

    private static List<String> dates(List<Event> events) {
        return events.stream().map(e -> e.type() + "=" + ("PUBLICATION".equals(e.dateBasis()) ? "~" : "") + e.date())
                .toList();
    }
}
