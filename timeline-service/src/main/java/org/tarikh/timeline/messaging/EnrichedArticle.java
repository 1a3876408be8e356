package org.tarikh.timeline.messaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one message on {@code timeline.enriched} carries: the enriched segments of an article from a
 * {@code tarikh.enriched-article/v1} message, or the one segment of a {@code tarikh.enriched/v1} message (still in a
 * queue from before the upgrade, or from a producer that sends segments). docs/messages.md. A message that breaks its
 * contract is poison, whole.
 */
public record EnrichedArticle(String articleId, List<EnrichedMessage> segments) {

    public static final String SCHEMA = "tarikh.enriched-article/v1";

    public static EnrichedArticle decode(ObjectMapper json, byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new PoisonMessageException("not a JSON enriched message: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new PoisonMessageException(tree == null || tree.isMissingNode() ? "empty message"
                    : "not a JSON enriched message: a " + tree.getNodeType() + ", not an object");
        }
        if (!SCHEMA.equals(tree.path("schema").asText(null))) {
            EnrichedMessage one = EnrichedMessage.decode(json, tree);
            return new EnrichedArticle(one.segment().articleId(), List.of(one));
        }
        String articleId = tree.path("articleId").asText("");
        JsonNode segments = tree.get("segments");
        if (articleId.isBlank() || segments == null || !segments.isArray() || segments.isEmpty()) {
            throw new PoisonMessageException("an enriched article needs its articleId and at least one segment");
        }
        List<EnrichedMessage> out = new ArrayList<>(segments.size());
        for (JsonNode node : segments) {
            EnrichedMessage m = EnrichedMessage.decode(json, node);
            if (!articleId.equals(m.segment().articleId())) {
                throw new PoisonMessageException("segment " + m.segment().segmentId() + " belongs to article "
                        + m.segment().articleId() + ", not " + articleId);
            }
            out.add(m);
        }
        return new EnrichedArticle(articleId, List.copyOf(out));
    }
}
