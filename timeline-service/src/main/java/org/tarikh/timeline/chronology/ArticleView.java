package org.tarikh.timeline.chronology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as stored, with its segments (offsets into the article text) and what was found in each
 * (offsets into the segment text). {@code complete} once every segment has arrived.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(String id, String title, String source, String url, String lang, String publishedAt,
        boolean dateMissing, int segmentTotal, int segmentsStored, boolean complete, List<SegmentView> segments) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SegmentView(String id, int seq, String kind, String lang, String text, int start, int end,
            String credit, String pairedWith, String dateline, List<MentionView> mentions, List<TimexView> timexes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MentionView(String type, String text, int start, int end, String key) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimexView(String text, int start, int end, String value, String type, String precision,
            String anchor, String mod) {
    }
}
