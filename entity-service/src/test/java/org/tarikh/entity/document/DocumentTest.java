package org.tarikh.entity.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.events.FrameEventAnnotator;
import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.NameRecognizer;
import org.tarikh.entity.time.TimexTagger;

/** One document per segment, built once, enriched by the annotators in their order. */
class DocumentTest {

    @Test
    void theSegmentsOwnSentencesAreKeptAndTextOutsideThemBecomesASentence() {
        String text = "Police said on Monday; the king met the president. Later";
        Document d = Document.of(text, List.of(new int[] {0, 22}, new int[] {23, 50}), null, "en", false, "s1", null);
        assertEquals(List.of("Police said on Monday;", "the king met the president.", "Later"),
                d.sentences().stream().map(s -> text.substring(s[0], s[1])).toList());
        assertEquals(1, d.tokens().get(d.tokens().tokenAt(text.indexOf("king"))).sentence());
    }

    @Test
    void aTextWithoutSentencesIsSplitAsParserServiceSplits() {
        String text = "Police said on Monday. The president met the king.";
        assertEquals(2, Document.of(text, LocalDate.parse("2024-03-06"), "en", false).sentences().size());
    }

    @Test
    void aLayerIsReadOnlyAfterItWasAddedAndAddedOnce() {
        Document d = Document.of("Talks began.", null, "en", false);
        assertThrows(IllegalStateException.class, d::timexes, "dates are not there yet");
        d.setTimexes(List.of());
        assertThrows(IllegalStateException.class, () -> d.setTimexes(List.of()), "added twice");
    }

    @Test
    void anAnnotatorThatNeedsALayerNoEarlierOneAddsIsRefused() {
        var names = NameRecognizer.load(Lexicon.load());
        var events = new FrameEventAnnotator();
        assertThrows(IllegalArgumentException.class, () -> new Enricher(List.of(names, events, new TimexTagger())));
        assertEquals(List.of(Layer.NAMES, Layer.DATES, Layer.EVENTS),
                Pipeline.standard().annotators().stream().map(Annotator::produces).toList());
    }

    @Test
    void anArticleInOneCallLinksASurnameToAnEarlierSegmentAndPairsCaptionsInEitherOrder() {
        LocalDate published = LocalDate.parse("2024-03-04");
        Enricher enricher = Pipeline.standard();
        var out = enricher.enrichArticle(List.of(
                Document.of("دخان يتصاعد إثر غارة إسرائيلية استهدفت مبنى في بلدة الخيام جنوبي لبنان (رويترز)", null,
                        published, null, true, "c-ar", "c-en"),
                Document.of("Smoke rises after an Israeli strike on a building in the southern Lebanese village of "
                        + "Khiam, February 27, 2024. REUTERS/Aziz Taher", null, published, null, true, "c-en", "c-ar"),
                Document.of("State Department spokesman Matthew Miller said on Monday that talks would continue.", null,
                        published, null, false, "p1", null),
                Document.of("Miller added that Washington was in contact with Doha.", null, published, null, false,
                        "p2", null)));
        assertEquals("2024-02-27", out.get(0).events().get(0).date(), "the Arabic caption comes first, dated by its pair");
        assertEquals("CAPTION", out.get(0).events().get(0).dateBasis());
        String full = out.get(2).mentions().stream().filter(m -> m.text().equals("Matthew Miller")).findFirst()
                .orElseThrow().key();
        assertEquals(full, out.get(3).mentions().stream().filter(m -> m.text().equals("Miller")).findFirst()
                .orElseThrow().key());
    }
}
