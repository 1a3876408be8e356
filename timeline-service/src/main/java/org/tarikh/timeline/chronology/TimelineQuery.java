package org.tarikh.timeline.chronology;

import java.time.LocalDate;
import java.util.List;

/**
 * A question to the chronology; every filter is optional (null or empty).
 *
 * @param types        event types, any of them
 * @param entity       an entity key or a name in either language (any spelling variant)
 * @param place        the same for where it happened
 * @param lang         only events reported in this language
 * @param sources      only events reported by articles of one of these outlets or collections (given at ingest)
 * @param text         words that must all occur in the event's text (NameKey form compared)
 * @param minPrecision only events dated at least this exactly
 * @param after        the position after which the page starts (from a cursor), or null
 * @param eventIds     only these events (the stream's changed events), or null
 */
public record TimelineQuery(LocalDate from, LocalDate to, List<String> types, String entity, String place,
        String article, String lang, List<String> sources, String text, DatePrecision minPrecision, int limit,
        Cursor after, List<Long> eventIds) {

    public static TimelineQuery all(int limit) {
        return new TimelineQuery(null, null, List.of(), null, null, null, null, List.of(), null, null, limit, null, null);
    }

    public TimelineQuery withArticle(String articleId) {
        return new TimelineQuery(from, to, types, entity, place, articleId, lang, sources, text, minPrecision, limit, after,
                eventIds);
    }

    public TimelineQuery withEntity(String key) {
        return new TimelineQuery(from, to, types, key, place, article, lang, sources, text, minPrecision, limit, after,
                eventIds);
    }

    public TimelineQuery onlyEvents(List<Long> ids) {
        return new TimelineQuery(from, to, types, entity, place, article, lang, sources, text, minPrecision, ids.size(), null,
                ids);
    }
}
