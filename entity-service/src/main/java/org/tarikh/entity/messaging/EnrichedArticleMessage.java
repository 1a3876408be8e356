package org.tarikh.entity.messaging;

import java.util.List;
import java.util.Locale;

/**
 * The {@code tarikh.enriched-article/v1} message: every segment of a {@code tarikh.article/v1} message, each as a
 * complete {@code tarikh.enriched/v1} document, enriched together (docs/messages.md).
 */
public record EnrichedArticleMessage(String schema, String articleId, String lang, int part, int parts,
        String enricher, List<EnrichedMessage> segments) {

    public static final String SCHEMA = "tarikh.enriched-article/v1";

    public static EnrichedArticleMessage of(ArticleMessage article, List<EnrichedMessage> segments, String enricher) {
        return new EnrichedArticleMessage(SCHEMA, article.articleId(), article.lang(), article.part(),
                article.parts(), enricher, segments);
    }

    public String routingKey() {
        return lang.toLowerCase(Locale.ROOT) + ".article";
    }

    public String messageId() {
        return parts == 1 ? articleId : articleId + "/" + part;
    }
}
