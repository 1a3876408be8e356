package org.tarikh.entity.messaging;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code tarikh.article/v1} message as entity-service reads it (docs/messages.md, schema
 * {@code schemas/article-v1.schema.json}): an article's segments, each a complete {@code tarikh.segment/v1}
 * document, consecutive and in order; {@code part} of {@code parts} when the article was too long for one message.
 * Anything else is poison.
 */
public record ArticleMessage(String schema, String articleId, String lang, int part, int parts,
        List<SegmentMessage> segments) {

    public static final String SCHEMA = "tarikh.article/v1";

    /** Reads an already parsed body whose {@code schema} is {@value #SCHEMA}. */
    static ArticleMessage fromTree(ObjectMapper json, JsonNode tree) {
        SegmentMessage.rejectViolations(MessageSchemas.articleViolations(tree), SCHEMA);
        String articleId = tree.get("articleId").asText();
        int part = tree.path("part").asInt(0);
        int parts = tree.path("parts").asInt(1);
        if (part >= parts) {
            throw new PoisonMessageException("part " + part + " is not within parts " + parts);
        }
        List<SegmentMessage> segments = new ArrayList<>();
        for (JsonNode node : tree.get("segments")) {
            SegmentMessage s = SegmentMessage.fromTree(json, node, List.of(), SCHEMA);
            if (!articleId.equals(s.articleId())) {
                throw new PoisonMessageException("segment " + s.segmentId() + " belongs to article " + s.articleId()
                        + ", not " + articleId);
            }
            if (!segments.isEmpty()) {
                SegmentMessage before = segments.get(segments.size() - 1);
                if (s.seq() != before.seq() + 1 || s.total() != before.total()) {
                    throw new PoisonMessageException("segments must be consecutive with one total: seq " + s.seq()
                            + " of " + s.total() + " follows seq " + before.seq() + " of " + before.total());
                }
            }
            segments.add(s);
        }
        return new ArticleMessage(SCHEMA, articleId, tree.get("lang").asText(), part, parts, List.copyOf(segments));
    }

    /** The broker's message id: the article id, and the part when there are several (as parser-service sets it). */
    public String messageId() {
        return parts == 1 ? articleId : articleId + "/" + part;
    }
}
