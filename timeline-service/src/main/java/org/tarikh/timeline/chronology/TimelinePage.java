package org.tarikh.timeline.chronology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of the chronology; {@code next} is the cursor of the following page, absent on the last. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelinePage(List<ChronologyEvent> events, String next) {
}
