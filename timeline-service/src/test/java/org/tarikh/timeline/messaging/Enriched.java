package org.tarikh.timeline.messaging;

import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Builds {@code tarikh.enriched/v1} messages as entity-service sends them, with offsets computed from the text. */
public final class Enriched {

    private final JsonObject segment;
    private final String text;
    private final JsonArray mentions = new JsonArray();
    private final JsonArray timexes = new JsonArray();
    private final JsonArray events = new JsonArray();

    private Enriched(String articleId, int seq, int total, String lang, String text, String publishedAt) {
        this.text = text;
        segment = new JsonObject().put("schema", "tarikh.segment/v1").put("articleId", articleId)
                .put("segmentId", articleId + "-" + seq).put("seq", seq).put("total", total).put("kind", "PARAGRAPH")
                .put("lang", lang).put("text", text).put("start", 1000 * seq).put("end", 1000 * seq + text.length())
                .put("article", new JsonObject().put("publishedAt", publishedAt).put("dateMissing", false)
                        .put("source", lang.equals("ar") ? "وكالة اختبار" : "Test Wire").put("lang", lang)
                        .put("title", "Test " + articleId));
    }

    public static String newArticleId() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    }

    public static Enriched segment(String articleId, int seq, int total, String lang, String text, String publishedAt) {
        return new Enriched(articleId, seq, total, lang, text, publishedAt);
    }

    /** A mention of {@code surface}, which must occur in the text. */
    public Enriched mention(String type, String surface, String key, String name, Double lat, Double lon) {
        int at = at(surface);
        mentions.add(new JsonObject().put("type", type).put("text", surface).put("start", at)
                .put("end", at + surface.length()).put("key", key).put("name", name).put("lat", lat).put("lon", lon)
                // a field this reader does not know: a newer producer's, to be ignored
                .put("confidence", 0.9));
        return this;
    }

    public Enriched timex(String surface, String value, String precision) {
        int at = at(surface);
        timexes.add(new JsonObject().put("text", surface).put("start", at).put("end", at + surface.length())
                .put("value", value).put("type", "DATE").put("precision", precision).put("anchor", "ABSOLUTE"));
        return this;
    }

    /** An event reported by the whole text as its sentence. */
    public Enriched event(String type, String trigger, String date, String precision, String place, JsonArray actors,
            Integer killed, boolean killedAtLeast, Integer injured, boolean injuredAtLeast, String summary) {
        int t = at(trigger);
        events.add(new JsonObject().put("type", type).put("trigger", trigger).put("triggerStart", t)
                .put("triggerEnd", t + trigger.length()).put("date", date).put("precision", precision)
                .put("dateBasis", "TIMEX").put("place", place).put("actors", actors).put("targets", new JsonArray())
                .put("killed", killed).put("killedAtLeast", killedAtLeast).put("injured", injured)
                .put("injuredAtLeast", injuredAtLeast).put("sentenceStart", 0).put("sentenceEnd", text.length())
                .put("sentence", text).put("confidence", 0.8).put("summary", summary));
        return this;
    }

    /** The last event dated by the article's publication (no date in its text), not by a timex. */
    public Enriched datedByPublication() {
        events.getJsonObject(events.size() - 1).put("dateBasis", "PUBLICATION");
        return this;
    }

    /** The last event as reported by {@code sentence} alone, a part of the text. */
    public Enriched reportedIn(String sentence) {
        int at = at(sentence);
        events.getJsonObject(events.size() - 1).put("sentenceStart", at).put("sentenceEnd", at + sentence.length())
                .put("sentence", sentence);
        return this;
    }

    /** The outlet or collection the article was posted with ({@code source} at ingest). */
    public Enriched source(String source) {
        segment.getJsonObject("article").put("source", source);
        return this;
    }

    /** A sentence of the segment as parser-service sends it (article offsets); {@code text} must occur in it. */
    public Enriched sentence(String text) {
        int at = at(text);
        if (!segment.containsKey("sentences")) {
            segment.put("sentences", new JsonArray());
        }
        int start = segment.getInteger("start");
        segment.getJsonArray("sentences").add(new JsonObject().put("start", start + at).put("end", start + at + text.length()));
        return this;
    }

    /** A timex resolved against the publication date ("Monday", "yesterday"). */
    public Enriched relativeTimex(String surface, String value) {
        int at = at(surface);
        timexes.add(new JsonObject().put("text", surface).put("start", at).put("end", at + surface.length())
                .put("value", value).put("type", "DATE").put("precision", "DAY").put("anchor", "PUBLICATION"));
        return this;
    }

    /** The last event's targets (entity keys). */
    public Enriched targets(String... keys) {
        events.getJsonObject(events.size() - 1).put("targets", new JsonArray(java.util.List.of(keys)));
        return this;
    }

    /** The outlet, URL and title the article of this segment comes with. */
    public Enriched outlet(String source, String url, String title) {
        segment.getJsonObject("article").put("source", source).put("url", url).put("title", title);
        return this;
    }

    /** The article's publication time, to the minute an outlet gives it. */
    public Enriched outletTime(String publishedAt) {
        segment.getJsonObject("article").put("publishedAt", publishedAt);
        return this;
    }

    public JsonArray events() {
        return events;
    }

    private int at(String surface) {
        int at = text.indexOf(surface);
        if (at < 0) {
            throw new IllegalArgumentException("'" + surface + "' is not in the text");
        }
        return at;
    }

    public String routingKey() {
        return segment.getString("lang") + ".paragraph";
    }

    public String encode() {
        return json().encode();
    }

    /** The {@code tarikh.enriched-article/v1} message of an article's enriched segments, in order. */
    public static String article(String articleId, String lang, Enriched... segments) {
        JsonArray all = new JsonArray();
        for (Enriched e : segments) {
            all.add(e.json());
        }
        return new JsonObject().put("schema", "tarikh.enriched-article/v1").put("articleId", articleId)
                .put("lang", lang).put("part", 0).put("parts", 1).put("enricher", "test").put("segments", all)
                .encode();
    }

    public JsonObject json() {
        return new JsonObject().put("schema", "tarikh.enriched/v1").put("segment", segment).put("mentions", mentions)
                .put("timexes", timexes).put("events", events).put("enricher", "test");
    }
}
