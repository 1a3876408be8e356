package org.tarikh.timeline.chronology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An entity with every name it was seen under and how much the chronology says about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityView(String key, String type, String name, String nameAr, Double lat, Double lon, long events,
        long mentions, long articles, List<Alias> aliases) {

    public record Alias(String name, String lang) {
    }
}
