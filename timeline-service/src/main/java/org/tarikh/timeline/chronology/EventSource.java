package org.tarikh.timeline.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The sentence of an article that reports an event; offsets into the segment text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSource(String articleId, String segmentId, String text, int sentenceStart, int sentenceEnd,
        String trigger, Integer killed, Boolean killedAtLeast, Integer injured, Boolean injuredAtLeast) {
}
