package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guarantees every read article keeps, whatever its input: true offsets, no overlap, full coverage. */
final class StructureInvariants {

    private StructureInvariants() {
    }

    static void check(Article article) {
        String text = article.text();
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (int k = 0; k < article.segments().size(); k++) {
            Segment s = article.segments().get(k);
            assertEquals(k, s.seq(), "segments are numbered in order");
            assertEquals(s.text(), text.substring(s.start(), s.end()), "segment text is its span of the text");
            assertTrue(s.start() >= previousEnd, "segments are in order and never overlap: " + s);
            assertFalse(s.text().isBlank(), "no segment is blank");
            assertFalse(CanonicalText.blank(s.text().charAt(0)), "segments start on content");
            assertFalse(CanonicalText.blank(s.text().charAt(s.text().length() - 1)), "segments end on content");
            previousEnd = s.end();
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
            int sentenceEnd = s.start();
            for (Span sentence : s.sentences()) {
                assertTrue(sentence.start() >= sentenceEnd && sentence.end() <= s.end(),
                        "sentences lie inside their segment, in order: " + s);
                sentenceEnd = sentence.end();
                for (int i = sentenceEnd; i < sentence.start(); i++) {
                    assertTrue(CanonicalText.blank(text.charAt(i)));
                }
            }
            int at = s.start();
            for (Span sentence : s.sentences()) {
                for (int i = at; i < sentence.start(); i++) {
                    assertTrue(CanonicalText.blank(text.charAt(i)), "only blanks between sentences: " + s);
                }
                at = sentence.end();
            }
            for (int i = at; i < s.end(); i++) {
                assertTrue(CanonicalText.blank(text.charAt(i)), "sentences cover their segment: " + s);
            }
            for (Span inside : new Span[] { s.creditSpan(), s.datelineSpan() }) {
                if (inside != null) {
                    assertTrue(inside.start() >= s.start() && inside.end() <= s.end(), "spans inside the segment");
                }
            }
            if (s.credit() != null) {
                assertEquals(s.credit(), s.creditSpan().of(text));
            }
            if (s.pairedWith() != null) {
                assertEquals(s.seq(), article.segments().get(s.pairedWith()).pairedWith(), "pairs are mutual");
            }
        }
        for (int i = 0; i < text.length(); i++) {
            assertTrue(covered[i] || CanonicalText.blank(text.charAt(i)),
                    "every character that is content belongs to a segment; not '" + text.charAt(i) + "' at " + i);
        }
        assertEquals(ArticleIds.of(text), article.id());
    }
}
