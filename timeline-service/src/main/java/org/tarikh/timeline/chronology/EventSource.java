package org.tarikh.timeline.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sentence of an article that reports an event, with what it says itself (its date and figures); offsets into
 * the segment text; {@code publisher} is the article's outlet, {@code url} its address. {@code joinedBecause} is null for the source that first put the event on the chronology.
 * In an event of a page, {@code text} is cut at 120 characters when {@code textCut}, and title, address, trigger and
 * joinedBecause and the sentence offsets are left out (the sources endpoint has them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSource(String articleId, String segmentId, String text, String lang, Integer sentenceStart,
        Integer sentenceEnd, String trigger, String date, String precision, Integer killed, Boolean killedAtLeast,
        Integer injured, Boolean injuredAtLeast, String joinedBecause, String articleTitle, String publisher,
        String publishedAt, String url, Boolean textCut) {
}
