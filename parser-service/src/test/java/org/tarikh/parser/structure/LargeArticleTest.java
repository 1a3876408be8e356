package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A very long article is read in one linear pass: 20,000 paragraphs, every one its own segment. */
class LargeArticleTest {

    @Test
    void twentyThousandParagraphsAreReadWithTheirGuarantees() {
        StringBuilder text = new StringBuilder("عنوان المقال الطويل\n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i % 2 == 0 ? "وقال المسؤول إن الوضع هادئ. وأضاف أن الرد قادم رقم " + i + "."
                    : "Officials said on Jan. 5 that talks, number " + i + ", would resume.").append("\n\n");
        }
        Article article = Reading.READER.read(text.toString(), ArticleMetadata.none());
        assertEquals(20_001, article.segments().size());
        assertEquals(SegmentKind.HEADLINE, article.segments().get(0).kind());
        assertEquals(20_000, article.segments().stream().filter(s -> s.kind() == SegmentKind.PARAGRAPH).count());
        assertEquals(30_001, article.segments().stream().mapToInt(s -> s.sentences().size()).sum());
        StructureInvariants.check(article);
    }

    @Test
    void oneHugeParagraphOfQuotesAndFullStopsIsReadInLinearTime() {
        // capitals: UAX #29 reads a lower-case word after a full stop as the same sentence going on
        String paragraph = "\"Go.\" «Stop.» “Run.” ".repeat(100_000);
        Article article = Reading.READER.read(paragraph, ArticleMetadata.none());
        assertEquals(1, article.segments().size());
        assertEquals(300_000, article.segments().get(0).sentences().size());
    }
}
