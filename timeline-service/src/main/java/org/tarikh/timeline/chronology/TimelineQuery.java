package org.tarikh.timeline.chronology;

import java.time.LocalDate;

/**
 * A question to the chronology; every filter is optional.
 *
 * @param entity an entity key or a name in either language
 * @param after  the position after which the page starts (from a cursor), or null
 */
public record TimelineQuery(LocalDate from, LocalDate to, String type, String entity, String article, int limit,
        Cursor after) {
}
