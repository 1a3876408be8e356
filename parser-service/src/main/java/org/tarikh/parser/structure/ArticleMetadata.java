package org.tarikh.parser.structure;

/**
 * What is known about an article besides its text. Explicit values given by the caller win over
 * values detected in the content.
 *
 * @param publishedAt ISO-8601 date or date-time, or null when unknown
 * @param language    the article's dominant language, or null to detect it
 */
public record ArticleMetadata(String title, String publishedAt, String source, String url, String language) {

    public static ArticleMetadata none() {
        return new ArticleMetadata(null, null, null, null, null);
    }

    /** This metadata with every missing field taken from {@code detected}. */
    public ArticleMetadata orElse(ArticleMetadata detected) {
        return new ArticleMetadata(
                title != null ? title : detected.title,
                publishedAt != null ? publishedAt : detected.publishedAt,
                source != null ? source : detected.source,
                url != null ? url : detected.url,
                language != null ? language : detected.language);
    }
}
