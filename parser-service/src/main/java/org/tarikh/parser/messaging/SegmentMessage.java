package org.tarikh.parser.messaging;

import java.util.List;

import org.tarikh.parser.structure.Article;
import org.tarikh.parser.structure.Segment;
import org.tarikh.parser.structure.Span;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code tarikh.segment/v1} message: one segment with the article context downstream needs.
 * Offsets ({@code start}, {@code end}, sentence, credit and dateline spans) are UTF-16 offsets into the article's
 * canonical text. Fields are only ever added within v1 (consumers ignore what they do not know). Documented in
 * docs/parser.md; entity-service validates the same shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentMessage(
        String schema,
        String articleId,
        String segmentId,
        int seq,
        int total,
        String kind,
        String lang,
        String text,
        int start,
        int end,
        List<Span> sentences,
        String credit,
        String pairedWith,
        String dateline,
        ArticleContext article,
        Span creditSpan,
        Span datelineSpan,
        String source) {

    public static final String SCHEMA = "tarikh.segment/v1";

    /** The article a segment belongs to, repeated on every segment so each message stands alone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleContext(String publishedAt, boolean dateMissing, String source, String url, String title,
            String lang, int length) {
    }

    public static SegmentMessage of(Article article, Segment segment) {
        var meta = article.metadata();
        var context = new ArticleContext(meta.publishedAt(), article.dateMissing(), meta.source(), meta.url(),
                meta.title(), meta.language(), article.text().length());
        String paired = segment.pairedWith() == null ? null : article.id() + "-" + segment.pairedWith();
        return new SegmentMessage(SCHEMA, article.id(), article.segmentId(segment), segment.seq(),
                article.segments().size(), segment.kind().name(), segment.lang(), segment.text(), segment.start(),
                segment.end(), segment.sentences(), segment.credit(), paired, segment.dateline(), context,
                segment.creditSpan(), segment.datelineSpan(), segment.source());
    }

    /** Routing key on {@code tarikh.segments}: language, then kind, e.g. {@code ar.paragraph}. */
    public String routingKey() {
        return lang + "." + kind.toLowerCase(java.util.Locale.ROOT);
    }
}
