package org.tarikh.parser.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tarikh.parser.structure.Article;

/**
 * The {@code tarikh.article/v1} message: an article's segments, each a complete {@code tarikh.segment/v1} document,
 * in one message, so that entity-service enriches the article in one call whichever replica receives it and the
 * broker carries one message per article instead of one per segment (docs/messages.md). An article whose text is
 * longer than one message should carry is sent in {@code parts} messages of consecutive segments ({@code part} counts
 * from 0); each part is enriched on its own.
 */
public record ArticleMessage(String schema, String articleId, String lang, int part, int parts,
        List<SegmentMessage> segments) {

    public static final String SCHEMA = "tarikh.article/v1";

    /**
     * The article as one message, or as several of consecutive segments when its segments' text exceeds
     * {@code maxChars} (a part holds at least one segment).
     */
    public static List<ArticleMessage> of(Article article, int maxChars) {
        List<List<SegmentMessage>> runs = new ArrayList<>();
        List<SegmentMessage> run = new ArrayList<>();
        long chars = 0;
        for (var segment : article.segments()) {
            SegmentMessage m = SegmentMessage.of(article, segment);
            if (!run.isEmpty() && chars + m.text().length() > maxChars) {
                runs.add(run);
                run = new ArrayList<>();
                chars = 0;
            }
            run.add(m);
            chars += m.text().length();
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        String lang = article.metadata().language() == null ? "und" : article.metadata().language();
        List<ArticleMessage> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            out.add(new ArticleMessage(SCHEMA, article.id(), lang, i, runs.size(), List.copyOf(runs.get(i))));
        }
        return out;
    }

    /** Routing key on {@code tarikh.segments}: the article's language, then {@code article}, e.g. {@code ar.article}. */
    public String routingKey() {
        return lang.toLowerCase(Locale.ROOT) + ".article";
    }

    /** The broker's message id: the article id, and the part when there are several. */
    public String messageId() {
        return parts == 1 ? articleId : articleId + "/" + part;
    }
}
