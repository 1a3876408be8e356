package org.tarikh.timeline.messaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tarikh.timeline.chronology.EventDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code tarikh.enriched/v1} message as timeline-service reads it (docs/messages.md). Unknown fields are
 * ignored so the producer may add fields within v1; a message that breaks the contract, or whose values could not
 * be stored as they are, is poison and goes to the dead-letter queue with the reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedMessage(String schema, Segment segment, List<Mention> mentions, List<Timex> timexes,
        List<Event> events, String enricher) {

    public static final String SCHEMA = "tarikh.enriched/v1";

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{1,31}");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Segment(String schema, String articleId, String segmentId, int seq, int total, String kind,
            String lang, String text, int start, int end, String credit, String pairedWith, String dateline,
            Article article, List<Span> sentences) {
    }

    /** A sentence of the segment, in article offsets (parser-service's split, passed on by entity-service). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(int start, int end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String publishedAt, boolean dateMissing, String source, String url, String title,
            String lang, Integer length) {
    }

    /**
     * A mention; {@code aliases}, {@code names} and {@code nameAr} are read when the producer sends them (other names
     * of the entity, in any shape: strings, lists, or objects of strings), so the entity is found by each.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(String type, String text, int start, int end, String key, String name, Double lat,
            Double lon, JsonNode aliases, JsonNode names, String nameAr) {

        /** Every other name the producer gave for this mention's entity. */
        public Set<String> otherNames() {
            Set<String> out = new LinkedHashSet<>();
            collect(aliases, out);
            collect(names, out);
            if (nameAr != null && !nameAr.isBlank()) {
                out.add(nameAr.strip());
            }
            if (name != null && !name.isBlank()) {
                out.add(name.strip());
            }
            return out;
        }

        private static void collect(JsonNode node, Set<String> out) {
            if (node == null || out.size() > 50) {
                return;
            }
            if (node.isTextual()) {
                String s = node.asText().strip();
                if (!s.isEmpty() && s.length() <= 300) {
                    out.add(s);
                }
            } else if (node.isContainerNode()) {
                node.forEach(child -> collect(child, out));
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timex(String text, int start, int end, String value, String type, String precision,
            String anchor, String mod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String type, String trigger, Integer triggerStart, Integer triggerEnd, String date,
            String precision, String dateBasis, String dateMod, String place, List<String> actors,
            List<String> targets, Integer killed, boolean killedAtLeast, Integer injured, boolean injuredAtLeast,
            int sentenceStart, int sentenceEnd, String sentence, double confidence, String summary) {
    }

    /**
     * The day the article was published, by which undated events are placed; null when unknown (entity-service
     * flags {@code dateMissing} when it had no publication date to resolve relative dates against).
     */
    public java.time.LocalDate publishedDay() {
        var article = segment.article();
        return article == null || article.dateMissing() ? null : EventDate.publishedDay(article.publishedAt());
    }

    public static EnrichedMessage decode(ObjectMapper json, byte[] body) {
        EnrichedMessage m;
        try {
            m = json.readValue(body, EnrichedMessage.class);
        } catch (IOException e) {
            throw new PoisonMessageException("not a JSON enriched message: " + e.getMessage());
        }
        return check(m);
    }

    /** One {@code tarikh.enriched/v1} document already parsed (an element of an enriched article's segments). */
    static EnrichedMessage decode(ObjectMapper json, JsonNode node) {
        EnrichedMessage m;
        try {
            m = json.treeToValue(node, EnrichedMessage.class);
        } catch (IOException e) {
            throw new PoisonMessageException("not a readable enriched segment: " + e.getMessage());
        }
        return check(m);
    }

    private static EnrichedMessage check(EnrichedMessage m) {
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
        if (s.articleId.length() > 64 || s.segmentId.length() > 96 || s.kind.length() > 20
                || s.lang != null && s.lang.length() > 16) {
            throw new PoisonMessageException("segment " + clip(s.segmentId) + " has an id, kind or lang too long to be one");
        }
        if (s.seq < 0 || s.total <= s.seq || s.end - s.start != s.text.length()) {
            throw new PoisonMessageException("segment " + s.segmentId + " has inconsistent seq/total or offsets");
        }
        int length = s.text.length();
        List<String> problems = new ArrayList<>();
        for (Mention x : nonNull(m.mentions)) {
            if (x == null || x.start < 0 || x.end > length || x.start >= x.end || blank(x.type) || x.type.length() > 20
                    || x.key != null && x.key.length() > 200) {
                problems.add("mention '" + clip(x == null ? null : x.text) + "' is outside its segment, has no type, "
                        + "or an over-long key");
            } else if (x.lat != null && (x.lat < -90 || x.lat > 90) || x.lon != null && (x.lon < -180 || x.lon > 180)) {
                problems.add("mention '" + clip(x.text) + "' has coordinates off the globe");
            }
        }
        for (Timex x : nonNull(m.timexes)) {
            if (x == null || x.start < 0 || x.end > length || x.start >= x.end || blank(x.value) || x.value.length() > 64) {
                problems.add("timex '" + clip(x == null ? null : x.text) + "' is outside its segment or has no value");
            }
        }
        for (Event x : nonNull(m.events)) {
            if (x == null || blank(x.type) || !TYPE.matcher(x.type).matches() || blank(x.date) || x.date.length() > 32
                    || blank(x.precision)) {
                problems.add("an event lacks type, date or precision");
            } else if (x.sentenceStart < 0 || x.sentenceEnd > length || x.sentenceStart > x.sentenceEnd) {
                problems.add("the sentence of a " + x.type + " event is outside its segment");
            } else if (x.killed != null && x.killed < 0 || x.injured != null && x.injured < 0) {
                problems.add("a " + x.type + " event has a negative casualty figure");
            } else if (x.place != null && x.place.length() > 200) {
                problems.add("a " + x.type + " event has an over-long place key");
            } else {
                try {
                    EventDate.place(x.date, x.precision, x.dateBasis, m.publishedDay());
                } catch (IllegalArgumentException unplaceable) {
                    problems.add("a " + x.type + " event cannot be placed on the chronology: "
                            + unplaceable.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PoisonMessageException("segment " + s.segmentId + ": " + String.join("; ", problems));
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

    private static String clip(String s) {
        return s == null ? "null" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
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
