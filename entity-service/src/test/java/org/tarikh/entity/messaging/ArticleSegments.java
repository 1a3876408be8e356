package org.tarikh.entity.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An article cut into {@code tarikh.segment/v1} documents the way parser-service cuts them: one per non-blank line,
 * offsets into the article, the segment's language from its letters, the article context on each. The article id
 * is unique per test run, so that tests sharing the broker find their own messages.
 */
public final class ArticleSegments {

    public final String articleId;
    public final String article;
    public final List<JsonObject> segments = new ArrayList<>();

    /** A segment of the article: its text and kind (PARAGRAPH, CAPTION, HEADLINE …). */
    public record Part(String text, String kind) {
    }

    private ArticleSegments(String prefix, String article, List<Part> parts, String publishedAt) {
        this.articleId = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.article = article;
        int offset = 0;
        for (int seq = 0; seq < parts.size(); seq++) {
            Part p = parts.get(seq);
            int start = article.indexOf(p.text(), offset);
            if (start < 0) {
                throw new IllegalArgumentException("not in the article: " + p.text());
            }
            offset = start + p.text().length();
            segments.add(new JsonObject()
                    .put("schema", "tarikh.segment/v1").put("articleId", articleId)
                    .put("segmentId", articleId + "-" + seq).put("seq", seq).put("total", parts.size())
                    .put("kind", p.kind()).put("lang", language(p.text())).put("text", p.text())
                    .put("start", start).put("end", start + p.text().length())
                    .put("sentences", new JsonArray().add(new JsonObject().put("start", start)
                            .put("end", start + p.text().length())))
                    .put("article", new JsonObject().put("publishedAt", publishedAt).put("dateMissing", false)
                            .put("lang", language(article)).put("length", article.length())));
        }
    }

    /** An article given as its parts, joined by blank lines. */
    public static ArticleSegments of(String prefix, String publishedAt, List<Part> parts) {
        StringBuilder article = new StringBuilder();
        for (Part p : parts) {
            article.append(article.length() > 0 ? "\n\n" : "").append(p.text());
        }
        return new ArticleSegments(prefix, article.toString(), parts, publishedAt);
    }

    /** An article given as its text and the parts already cut from it. */
    public static ArticleSegments of(String prefix, String publishedAt, String article, List<Part> parts) {
        return new ArticleSegments(prefix, article, parts, publishedAt);
    }

    /** Paragraphs separated by blank lines; a line ending in an agency credit is a caption. */
    public static ArticleSegments ofText(String prefix, String publishedAt, String article) {
        List<Part> parts = new ArrayList<>();
        for (String line : article.split("\n")) {
            if (!line.isBlank()) {
                parts.add(new Part(line.strip(), line.strip().matches(".*(REUTERS/[^/]+|\\(رويترز\\)|\\(AP Photo/[^)]+\\))$")
                        ? "CAPTION" : "PARAGRAPH"));
            }
        }
        return new ArticleSegments(prefix, article, parts, publishedAt);
    }

    /** The {@code tarikh.article/v1} message of the whole article. */
    public JsonObject message() {
        return new JsonObject().put("schema", "tarikh.article/v1").put("articleId", articleId)
                .put("lang", language(article)).put("part", 0).put("parts", 1).put("segments", new JsonArray(segments));
    }

    public String segmentId(int seq) {
        return articleId + "-" + seq;
    }

    static String language(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic > latin ? "ar" : "en";
    }
}
