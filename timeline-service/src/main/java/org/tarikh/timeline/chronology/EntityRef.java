package org.tarikh.timeline.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param role ACTOR, TARGET or PLACE when the entity takes part in an event, else null */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityRef(String key, String type, String name, String role, Double lat, Double lon) {
}
