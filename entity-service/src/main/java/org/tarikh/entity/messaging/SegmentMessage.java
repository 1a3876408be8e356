package org.tarikh.entity.messaging;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code tarikh.segment/v1} message as entity-service reads it (docs/messages.md). Unknown fields are
 * ignored so that parser-service can add fields within v1; a message that breaks the contract is poison.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
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
        ArticleContext article) {

    public static final String SCHEMA = "tarikh.segment/v1";

    public record Span(int start, int end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ArticleContext(String publishedAt, boolean dateMissing, String source, String url, String title,
            String lang, int length) {
    }

    /** Reads and checks a message body; anything that is not a valid v1 segment is a {@link PoisonMessageException}. */
    public static SegmentMessage decode(ObjectMapper json, byte[] body) {
        SegmentMessage m;
        try {
            m = json.readValue(body, SegmentMessage.class);
        } catch (IOException e) {
            throw new PoisonMessageException("not a JSON segment message: " + e.getMessage());
        }
        if (m == null) {
            throw new PoisonMessageException("empty message");
        }
        if (!SCHEMA.equals(m.schema)) {
            throw new PoisonMessageException("schema is '" + m.schema + "', expected " + SCHEMA);
        }
        require(m.articleId, "articleId");
        require(m.segmentId, "segmentId");
        require(m.kind, "kind");
        if (m.text == null) {
            throw new PoisonMessageException("text is missing");
        }
        if (m.seq < 0 || m.total <= m.seq) {
            throw new PoisonMessageException("seq " + m.seq + " is not within total " + m.total);
        }
        if (m.start < 0 || m.end - m.start != m.text.length()) {
            throw new PoisonMessageException("offsets [" + m.start + "," + m.end + ") do not fit a text of length "
                    + m.text.length());
        }
        if (m.article == null) {
            throw new PoisonMessageException("article context is missing");
        }
        return m;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException(field + " is missing");
        }
    }

    public boolean caption() {
        return "CAPTION".equals(kind);
    }
}
