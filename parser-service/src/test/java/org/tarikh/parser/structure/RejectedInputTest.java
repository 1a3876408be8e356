package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input that cannot be an article is refused with a title that says why. */
class RejectedInputTest {

    static final ArticleReader READER = new ArticleReader(Clock.fixed(Instant.parse("2024-02-01T00:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("", ArticleMetadata.none(), "Empty article"),
                Arguments.of(" \n\t\r\n \u00A0 ", ArticleMetadata.none(), "Empty article"),
                Arguments.of("\u200F\u200E\u200B\uFEFF \u2066", ArticleMetadata.none(), "Empty article"),
                Arguments.of("text\u0000with a NUL", ArticleMetadata.none(), "Binary content"),
                Arguments.of("\u0001\u0002\u0003\u0004\u0005\u0006 binary-ish", ArticleMetadata.none(), "Binary content"),
                Arguments.of("a lone \uD800 surrogate", ArticleMetadata.none(), "Invalid text"),
                Arguments.of("Text", new ArticleMetadata(null, "2024-02-30", null, null, null), "Invalid publication date"),
                Arguments.of("Text", new ArticleMetadata(null, "30/01/2024", null, null, null), "Invalid publication date"),
                Arguments.of("Text", new ArticleMetadata(null, "2999-01-01", null, null, null), "Invalid publication date"),
                Arguments.of("Text", new ArticleMetadata(null, "0024-01-30", null, null, null), "Invalid publication date"),
                Arguments.of("Text", new ArticleMetadata(null, null, null, null, "arabic!!"), "Invalid language"),
                Arguments.of("Text", new ArticleMetadata(null, null, null, "ftp://example.org/x", null), "Invalid URL"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("texts")
    void unreadableTextIsRefusedWithItsReason(String text, ArticleMetadata given, String title) {
        var e = assertThrows(RejectedArticleException.class, () -> READER.read(text, given));
        assertEquals(title, e.title());
    }

    @Test
    void invalidUtf8IsRefusedNotRepaired() {
        var e = assertThrows(RejectedArticleException.class,
                () -> TextDecoding.utf8(new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' }));
        assertEquals("Invalid UTF-8", e.title());
        var surrogate = assertThrows(RejectedArticleException.class,
                () -> TextDecoding.utf8(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }));
        assertEquals("Invalid UTF-8", surrogate.title());
    }

    @Test
    void aStrayControlCharacterFromAWordProcessorIsTolerated() {
        String text = "Headline\n\nA paragraph with a stray \u0007 bell and vertical\u000Btab, as Word leaves them.";
        assertEquals(2, READER.read(text, ArticleMetadata.none()).segments().size());
        assertEquals("Text", TextDecoding.utf8("Text".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void datesAreKeptInTheFormsDownstreamReads() {
        assertEquals("2024-01-30", READER.read("x", new ArticleMetadata(null, "2024-01-30", null, null, null))
                .metadata().publishedAt());
        assertEquals("2024-01-30T08:00Z", READER.read("x", new ArticleMetadata(null, "2024-01-30T08:00:00Z", null, null,
                null)).metadata().publishedAt());
        assertEquals("2024-01-30", READER.read("x", new ArticleMetadata(null, "2024-01-30T08:00:00", null, null, null))
                .metadata().publishedAt());
        Article undated = READER.read("x", ArticleMetadata.none());
        assertEquals(null, undated.metadata().publishedAt());
        assertEquals(true, undated.dateMissing());
    }

    @Test
    void explicitMetadataWinsOverWhatTheArticleSays() {
        Article article = READER.read("Headline here\n\nBody text of the article.\n\nSource: Reuters",
                new ArticleMetadata("Given title", null, "Given source", null, "AR-eg"));
        assertEquals("Given title", article.metadata().title());
        assertEquals("Given source", article.metadata().source());
        assertEquals("ar", article.metadata().language());
        Article detected = READER.read("Headline here\n\nBody text of the article.\n\nSource: Reuters",
                ArticleMetadata.none());
        assertEquals("Headline here", detected.metadata().title());
        assertEquals("Reuters", detected.metadata().source());
        assertEquals("en", detected.metadata().language());
    }
}
