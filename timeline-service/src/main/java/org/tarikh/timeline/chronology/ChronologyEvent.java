package org.tarikh.timeline.chronology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of the chronology with everything that says so.
 *
 * @param date          TIMEX3 value (2024-01-28, 2024-W05, 2024-01, 2024), the most exact its sources give
 * @param dateBasis     TIMEX (the text dates it), CAPTION (a photo's date), PUBLICATION (undated in the text: on or
 *                      before the publication date)
 * @param killed        the highest figure any source gives; each source's own is in its sources
 * @param killedMin     the lowest, only when sources differ ({@code figuresDiffer})
 * @param figuresDiffer true when sources report different casualty figures
 * @param sourceCount   how many sentences report it; {@code articleCount}, {@code outletCount} of how many articles
 *                      and outlets, {@code langs} in which languages
 * @param earliest      the first day the date may mean, absent when it is {@code date} itself (a day);
 *                      {@code latest} the same for the last day
 * @param place         where: its key and coordinates (its names are its PLACE entry in {@code entities})
 * @param entities      at most 4 of its entities (place, actors, targets first), without coordinates;
 *                      {@code entityCount} how many it has
 * @param sources       its representative reports, each once however many there are: the first report, the one
 *                      with the most exact date, the first in each other language, the sentence cut at 120
 *                      characters ({@code textCut}); all of them, whole, with title, address and why each joined:
 *                      GET /api/events/{id}/sources
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChronologyEvent(long id, String date, String earliest, String latest, String precision,
        String dateBasis, String type, String summary, Integer killed, Boolean killedAtLeast, Integer killedMin,
        Integer injured, Boolean injuredAtLeast, Integer injuredMin, Boolean figuresDiffer, Double confidence,
        Integer sourceCount, Integer articleCount, Integer outletCount, List<String> langs, EntityRef place,
        List<EntityRef> entities, Integer entityCount, List<EventSource> sources) {

    /** The first day the date may mean. */
    @JsonIgnore
    public String firstDay() {
        return earliest != null ? earliest : date;
    }

    /** The last day the date may mean. */
    @JsonIgnore
    public String lastDay() {
        return latest != null ? latest : date;
    }

    /** Its place with its names (from its PLACE entry in {@code entities}) and coordinates; null without one. */
    @JsonIgnore
    public EntityRef placeRef() {
        if (place == null) {
            return null;
        }
        return entities.stream().filter(x -> place.key().equals(x.key())).findFirst()
                .map(x -> new EntityRef(x.key(), x.type(), x.name(), x.nameAr(), x.role(), place.lat(), place.lon(),
                        null))
                .orElse(place);
    }

    /** Whether the highest death toll is "at least" that; null without a toll. */
    @JsonIgnore
    public Boolean killedAtLeastFlag() {
        return killed == null ? null : Boolean.TRUE.equals(killedAtLeast);
    }

    /** Whether the highest number of injured is "at least" that; null without one. */
    @JsonIgnore
    public Boolean injuredAtLeastFlag() {
        return injured == null ? null : Boolean.TRUE.equals(injuredAtLeast);
    }

    /** How many sentences report it (the representatives' number when the count is not known). */
    public int sourcesTotal() {
        return sourceCount != null ? sourceCount : sources.size();
    }

    /** The place's coordinates, or else the first participant's that has some; null when none has. */
    public EntityRef located() {
        if (place != null && place.lat() != null && place.lon() != null) {
            return placeRef();
        }
        return entities.stream().filter(e -> e.lat() != null && e.lon() != null).findFirst().orElse(null);
    }
}
