package org.tarikh.parser.api;

/** The JSON form of an article: exactly one of {@code text} or {@code html}, and optional metadata. */
public record ArticleRequest(String text, String html, String title, String publishedAt, String source, String url,
        String language) {
}
