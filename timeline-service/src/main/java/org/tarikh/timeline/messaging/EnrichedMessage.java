package org.tarikh.timeline.messaging;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code tarikh.enriched/v1} message as timeline-service reads it (docs/messages.md). Unknown fields are
 * ignored so the producer may add fields within v1; a message that breaks the contract is poison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedMessage(String schema, Segment segment, List<Mention> mentions, List<Timex> timexes,
        List<Event> events, String enricher) {

    public static final String SCHEMA = "tarikh.enriched/v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Segment(String schema, String articleId, String segmentId, int seq, int total, String kind,
            String lang, String text, int start, int end, String credit, String pairedWith, String dateline,
            Article article) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String publishedAt, boolean dateMissing, String source, String url, String title,
            String lang, Integer length) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(String type, String text, int start, int end, String key, String name, Double lat,
            Double lon) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timex(String text, int start, int end, String value, String type, String precision,
            String anchor, String mod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String type, String trigger, String date, String precision, String dateBasis, String place,
            List<String> actors, List<String> targets, Integer killed, boolean killedAtLeast, Integer injured,
            boolean injuredAtLeast, int sentenceStart, int sentenceEnd, String sentence, double confidence,
            String summary) {
    }

    public static EnrichedMessage decode(ObjectMapper json, byte[] body) {
        EnrichedMessage m;
        try {
            m = json.readValue(body, EnrichedMessage.class);
        } catch (IOException e) {
            throw new PoisonMessageException("not a JSON enriched message: " + e.getMessage());
        }
        if (m == null) {
            throw new PoisonMessageException("empty message");
        }
        if (!SCHEMA.equals(m.schema)) {
            throw new PoisonMessageException("schema is '" + m.schema + "', expected " + SCHEMA);
        }
        Segment s = m.segment;
        if (s == null || blank(s.articleId) || blank(s.segmentId) || blank(s.kind) || s.text == null
                || s.article == null) {
            throw new PoisonMessageException("segment is missing or incomplete (articleId, segmentId, kind, text, article)");
        }
        if (s.seq < 0 || s.total <= s.seq || s.end - s.start != s.text.length()) {
            throw new PoisonMessageException("segment " + s.segmentId + " has inconsistent seq/total or offsets");
        }
        int length = s.text.length();
        for (Mention x : nonNull(m.mentions)) {
            if (x.start < 0 || x.end > length || x.start >= x.end || blank(x.type)) {
                throw new PoisonMessageException("mention '" + x.text + "' is outside its segment or has no type");
            }
        }
        for (Timex x : nonNull(m.timexes)) {
            if (x.start < 0 || x.end > length || x.start >= x.end || blank(x.value)) {
                throw new PoisonMessageException("timex '" + x.text + "' is outside its segment or has no value");
            }
        }
        for (Event x : nonNull(m.events)) {
            if (blank(x.type) || blank(x.date) || blank(x.precision) || x.sentenceStart < 0 || x.sentenceEnd > length) {
                throw new PoisonMessageException("an event lacks type, date or precision, or its sentence is outside the segment");
            }
        }
        return m;
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    public static List<String> nonNullKeys(List<String> keys) {
        return keys == null ? List.of() : keys.stream().filter(k -> k != null && !k.isBlank()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<Mention> mentionsOrEmpty() {
        return nonNull(mentions);
    }

    public List<Timex> timexesOrEmpty() {
        return nonNull(timexes);
    }

    public List<Event> eventsOrEmpty() {
        return nonNull(events);
    }
}
