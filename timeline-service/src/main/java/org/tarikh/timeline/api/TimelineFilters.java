package org.tarikh.timeline.api;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.chronology.TimelineQuery;

/** The query parameters of every chronology endpoint. */
public class TimelineFilters {

    @RestQuery
    @Parameter(description = "first day: 2024-01-30, or the first day of 2024-01, 2024-W05, 2024", example = "2024-01-01")
    public String from;

    @RestQuery
    @Parameter(description = "last day: 2024-01-30, or the last day of 2024-01, 2024-W05, 2024", example = "2024-01-31")
    public String to;

    @RestQuery
    @Parameter(description = "an entity key, or any of its names in Arabic or English; Arabic spelling variants "
            + "(hamza, alef maqsura, ta marbuta, diacritics, tatweel) do not matter", example = "عين الاسد")
    public String entity;

    @RestQuery
    @Parameter(description = "event type, or several comma-separated", example = "ATTACK,KILLING")
    public String type;

    @RestQuery
    @Parameter(description = "where it happened: a place key or name, like entity", example = "location:baghdad")
    public String place;

    @RestQuery
    @Parameter(description = "only the events this article reports (its id)")
    public String article;

    @RestQuery
    @Parameter(description = "only events reported in this language", example = "ar")
    public String lang;

    @RestQuery
    @Parameter(description = "only what articles of these outlets or collections report: one or more "
            + "comma-separated names, as given at ingest (the parser's source)", example = "Reuters,BBC")
    public String source;

    @RestQuery
    @Parameter(description = "words that must all occur in the event's summary, sentences or entity names; Arabic "
            + "spelling variants do not matter", example = "صاروخ")
    public String q;

    @RestQuery
    @Parameter(description = "only events dated at least this exactly: DAY, WEEK, MONTH, QUARTER, YEAR", example = "DAY")
    public String minPrecision;

    @RestQuery
    @Parameter(description = "page size: 1..500 (default 50); exports 1..10000 (default 1000)")
    public String limit;

    @RestQuery
    @Parameter(description = "the 'next' of the previous page (also in the Link header)")
    public String cursor;

    @RestQuery
    @Parameter(description = "json, text, csv, timelinejs, geojson or ics; overrides the Accept header")
    public String format;

    TimelineQuery query(boolean export) {
        return new TimelineQuery(QueryParams.from(from), QueryParams.to(to), QueryParams.types(type),
                QueryParams.text("entity", entity), QueryParams.text("place", place),
                QueryParams.text("article", article), QueryParams.lang(lang), QueryParams.sources(source), QueryParams.text("q", q),
                QueryParams.precision(minPrecision), QueryParams.limit(limit, export), QueryParams.cursor(cursor), null);
    }
}
