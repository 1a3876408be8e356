package org.tarikh.timeline.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

/** The forms the chronology is served in, chosen by {@code format=} or else the Accept header. */
enum ChronologyFormat {
    JSON("application/json", "json"),
    TEXT("text/plain; charset=utf-8", "txt"),
    CSV("text/csv; charset=utf-8", "csv"),
    TIMELINEJS("application/json", "timelinejs.json"),
    GEOJSON("application/geo+json", "geojson"),
    ICS("text/calendar; charset=utf-8", "ics");

    static final String TIMELINEJS_TYPE = "application/vnd.timelinejs+json";

    final String contentType;
    final String extension;

    ChronologyFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    boolean export() {
        return this != JSON && this != TEXT;
    }

    static ChronologyFormat choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "text", "txt", "table" -> TEXT;
                case "csv" -> CSV;
                case "timelinejs", "timeline.js", "tljs" -> TIMELINEJS;
                case "geojson", "geo" -> GEOJSON;
                case "ics", "ical", "icalendar", "calendar" -> ICS;
                default -> throw new BadQueryException("format='" + format.strip()
                        + "' is not one of json, text, csv, timelinejs, geojson, ics.");
            };
        }
        // acceptable is sorted by preference; the first this service can give wins, JSON for */*
        for (MediaType m : acceptable) {
            if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardSubtype()) {
                return JSON;
            }
            String type = m.getType() + "/" + m.getSubtype();
            switch (type.toLowerCase(Locale.ROOT)) {
                case "text/plain":
                    return TEXT;
                case "text/csv":
                    return CSV;
                case TIMELINEJS_TYPE:
                    return TIMELINEJS;
                case "application/geo+json":
                    return GEOJSON;
                case "text/calendar":
                    return ICS;
                default:
            }
        }
        return JSON;
    }
}
