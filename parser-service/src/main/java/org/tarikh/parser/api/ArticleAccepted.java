package org.tarikh.parser.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The 202 body: where the article went and where its chronology will be. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleAccepted(String articleId, int segments, String language, String publishedAt,
        boolean dateMissing, String article, String timeline, String title, String source) {
}
