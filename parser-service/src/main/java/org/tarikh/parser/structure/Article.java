package org.tarikh.parser.structure;

import java.util.List;

/**
 * An article read into segments. {@code text} is the canonical text every offset refers to.
 *
 * @param id the content id: the same article always gets the same id
 */
public record Article(String id, String text, ArticleMetadata metadata, List<Segment> segments) {

    public Article {
        segments = List.copyOf(segments);
    }

    public boolean dateMissing() {
        return metadata.publishedAt() == null;
    }

    public String segmentId(Segment segment) {
        return id + "-" + segment.seq();
    }
}
