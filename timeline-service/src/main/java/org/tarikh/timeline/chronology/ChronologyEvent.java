package org.tarikh.timeline.chronology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of the chronology with everything that says so.
 *
 * @param date      TIMEX3 value (2024-01-28, 2024-W05, 2024-01, 2024)
 * @param dateBasis TIMEX (the text dates it), CAPTION (a photo's date), PUBLICATION (undated in the text: on or
 *                  before the publication date)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChronologyEvent(long id, String date, String earliest, String latest, String precision,
        String dateBasis, String type, String summary, Integer killed, Boolean killedAtLeast, Integer injured,
        Boolean injuredAtLeast, Double confidence, EntityRef place, List<EntityRef> entities,
        List<EventSource> sources) {
}
