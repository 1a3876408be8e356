package org.tarikh.entity.messaging;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code tarikh.segment/v1} message as entity-service reads it (docs/messages.md, schema
 * {@code schemas/segment-v1.schema.json}). Unknown fields are allowed so that parser-service can add fields within
 * v1, and dropped; a message that breaks the contract is poison.
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
        ArticleContext article,
        Span creditSpan,
        Span datelineSpan,
        String source) {

    public static final String SCHEMA = "tarikh.segment/v1";

    public record Span(int start, int end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ArticleContext(String publishedAt, boolean dateMissing, String source, String url, String title,
            String lang, int length) {
    }

    /**
     * Reads and checks a message body against the v1 schema and what a schema cannot say (offsets that fit the text,
     * seq within total); anything that is not a valid v1 segment is a {@link PoisonMessageException} naming why.
     */
    public static SegmentMessage decode(ObjectMapper json, byte[] body) {
        JsonNode tree = readObject(json, body, "segment");
        JsonNode schema = tree.get("schema");
        if (schema == null || !SCHEMA.equals(schema.asText(null))) {
            throw new PoisonMessageException("schema is '" + (schema == null ? null : schema.asText()) + "', expected "
                    + SCHEMA);
        }
        return fromTree(json, tree, MessageSchemas.segmentViolations(tree), SCHEMA);
    }

    /** The body as a JSON object, or poison saying why it is not one. */
    static JsonNode readObject(ObjectMapper json, byte[] body, String what) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new PoisonMessageException("not a JSON " + what + " message: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new PoisonMessageException("empty message");
        }
        if (!tree.isObject()) {
            throw new PoisonMessageException("not a JSON " + what + " message: a " + tree.getNodeType()
                    + ", not an object");
        }
        return tree;
    }

    static void rejectViolations(List<String> violations, String contract) {
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("breaks " + contract + ": " + String.join("; ",
                    violations.size() > 10 ? violations.subList(0, 10) : violations));
        }
    }

    /** A segment already checked against the schema, then checked for what the schema cannot say. */
    static SegmentMessage fromTree(ObjectMapper json, JsonNode tree, List<String> violations, String contract) {
        rejectViolations(violations, contract);
        SegmentMessage m;
        try {
            m = json.treeToValue(tree, SegmentMessage.class);
        } catch (IOException e) {
            throw new PoisonMessageException("not a readable segment message: " + e.getMessage());
        }
        m.check();
        return m;
    }

    private void check() {
        require(articleId, "articleId");
        require(segmentId, "segmentId");
        if (seq < 0 || total <= seq) {
            throw new PoisonMessageException("seq " + seq + " is not within total " + total);
        }
        if (start < 0 || end - start != text.length()) {
            throw new PoisonMessageException("offsets [" + start + "," + end + ") do not fit a text of length "
                    + text.length());
        }
        if (article == null) {
            throw new PoisonMessageException("article context is missing");
        }
        if (sentences != null) {
            int last = start;
            for (Span s : sentences) {
                if (s == null || s.start() < last || s.end() <= s.start() || s.end() > end) {
                    throw new PoisonMessageException("sentences must be ordered, non-empty spans within the segment ["
                            + start + "," + end + "); found " + (s == null ? null : "[" + s.start() + ","
                                    + s.end() + ")") + " after " + last);
                }
                last = s.end();
            }
        }
    }

    /** The segment's sentences as offsets into {@link #text()}, or null when the message gives none. */
    public List<int[]> sentenceOffsets() {
        if (sentences == null || sentences.isEmpty()) {
            return null;
        }
        return sentences.stream().map(s -> new int[] {s.start() - start, s.end() - start}).toList();
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
