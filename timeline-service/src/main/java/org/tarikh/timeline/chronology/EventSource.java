package org.tarikh.timeline.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sentence of an article that reports an event, with what it says itself (its date and figures); offsets into
 * the segment text; {@code publisher} is the article's outlet, {@code url} its address. {@code joinedBecause} is null for the source that first put the event on the chronology.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSource(String articleId, String segmentId, String text, String lang, int sentenceStart,
        int sentenceEnd, String trigger, String date, String precision, Integer killed, Boolean killedAtLeast,
        Integer injured, Boolean injuredAtLeast, String joinedBecause, String articleTitle, String publisher,
        String publishedAt, String url) {
}
