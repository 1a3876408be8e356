package org.tarikh.parser.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.parser.structure.ArticleReader;
import org.tarikh.parser.structure.ArticleMetadata;

class ArticleMessageTest {

    private static final String TEXT = """
            Headline of the story

            First paragraph of the article, long enough to count.

            Second paragraph of the article, long enough to count as well.

            Third paragraph closes it.""";

    @Test
    void anArticleIsOneMessageWithEverySegmentInOrder() {
        var article = new ArticleReader().read(TEXT, new ArticleMetadata(null, "2024-01-30", null, null, "en"));
        List<ArticleMessage> messages = ArticleMessage.of(article, 1_000_000);
        assertEquals(1, messages.size());
        ArticleMessage m = messages.get(0);
        assertEquals("tarikh.article/v1", m.schema());
        assertEquals(article.id(), m.messageId());
        assertEquals("en.article", m.routingKey());
        assertEquals(article.segments().size(), m.segments().size());
        for (int i = 0; i < m.segments().size(); i++) {
            assertEquals(i, m.segments().get(i).seq());
            assertEquals("tarikh.segment/v1", m.segments().get(i).schema());
        }
    }

    @Test
    void anArticleLongerThanOneMessageIsSentInPartsOfWholeSegments() {
        var article = new ArticleReader().read(TEXT, new ArticleMetadata(null, "2024-01-30", null, null, "en"));
        List<ArticleMessage> parts = ArticleMessage.of(article, 60);
        assertTrue(parts.size() > 1, "parts: " + parts.size());
        int seq = 0;
        for (ArticleMessage part : parts) {
            assertEquals(parts.size(), part.parts());
            assertEquals(article.id() + "/" + part.part(), part.messageId());
            int chars = part.segments().stream().mapToInt(s -> s.text().length()).sum();
            assertTrue(part.segments().size() == 1 || chars <= 60, "a part over the limit has one segment");
            for (var s : part.segments()) {
                assertEquals(seq++, s.seq(), "consecutive segments, none lost or repeated");
            }
        }
        assertEquals(article.segments().size(), seq);
    }
}
