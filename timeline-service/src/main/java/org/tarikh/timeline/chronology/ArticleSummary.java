package org.tarikh.timeline.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article in the list of articles: {@code complete} once every segment has arrived. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSummary(String id, String title, String source, String url, String lang, String publishedAt,
        int segmentTotal, long segmentsStored, boolean complete, long events) {
}
