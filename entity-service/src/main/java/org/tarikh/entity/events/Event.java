package org.tarikh.entity.events;

import java.util.List;

import org.tarikh.entity.time.Precision;

/**
 * Something that happened, as one sentence reports it. Offsets are into the enriched text.
 *
 * @param date          TIMEX3 value of when it happened
 * @param dateBasis     how the date was found: TIMEX (a date governing the sentence), CAPTION (the caption's date),
 *                      PUBLICATION (no date in the text: on or before the publication date)
 * @param dateMod       ON_OR_BEFORE when the date is only the publication date, else null
 * @param place         canonical key of where it happened, or null
 * @param actors        canonical keys of who did it
 * @param targets       canonical keys of who or what it was done to
 * @param killed        number killed, or null
 * @param killedAtLeast whether the text says "at least" for the killed
 * @param confidence    0..1, how sure the extraction is
 */
public record Event(EventType type, String trigger, int triggerStart, int triggerEnd, String date,
        Precision precision, String dateBasis, String dateMod, String place, List<String> actors,
        List<String> targets, Integer killed, boolean killedAtLeast, Integer injured, boolean injuredAtLeast,
        int sentenceStart, int sentenceEnd, String sentence, double confidence, String summary) {
}
