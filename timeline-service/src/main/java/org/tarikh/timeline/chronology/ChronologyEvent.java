package org.tarikh.timeline.chronology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of the chronology with everything that says so.
 *
 * @param date          TIMEX3 value (2024-01-28, 2024-W05, 2024-01, 2024), the most exact its sources give
 * @param dateBasis     TIMEX (the text dates it), CAPTION (a photo's date), PUBLICATION (undated in the text: on or
 *                      before the publication date)
 * @param killed        the highest figure any source gives; each source's own is in {@code sources}
 * @param figuresDiffer true when sources report different casualty figures
 * @param sources       every sentence that reports it; {@code joinedBecause} says why a source was merged in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChronologyEvent(long id, String date, String earliest, String latest, String precision,
        String dateBasis, String type, String summary, Integer killed, Boolean killedAtLeast, Integer injured,
        Boolean injuredAtLeast, Boolean figuresDiffer, Double confidence, EntityRef place, List<EntityRef> entities,
        List<EventSource> sources) {

    /** The place's coordinates, or else the first participant's that has some; null when none has. */
    public EntityRef located() {
        if (place != null && place.lat() != null && place.lon() != null) {
            return place;
        }
        return entities.stream().filter(e -> e.lat() != null && e.lon() != null).findFirst().orElse(null);
    }
}
