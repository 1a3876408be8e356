package org.tarikh.timeline.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An entity as an event or a list shows it.
 *
 * @param name   display name (English when known), {@code nameAr} its Arabic name when one was seen
 * @param role   PLACE, ACTOR, TARGET or MENTIONED when the entity takes part in an event, else null
 * @param events how many chronology events it takes part in, in entity listings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityRef(String key, String type, String name, String nameAr, String role, Double lat, Double lon,
        Long events) {
}
