package org.tarikh.entity.enrichment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tarikh.entity.events.Event;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/** What entity-service finds in one text. */
public record Enrichment(List<Mention> mentions, List<Timex> timexes, List<Event> events) {

    private static final Pattern CALENDAR_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The first full calendar date in the text: what a photo caption says the photo shows. */
    public Optional<Timex> captionDate() {
        return timexes.stream().filter(t -> t.precision() == Precision.DAY && t.value() != null
                && CALENDAR_DAY.matcher(t.value()).matches()).findFirst();
    }

    /**
     * Photo captions come in pairs, the same photo described in English and in Arabic, and often only one of them
     * carries the date. Events of this caption that had no date of their own (placed on or before publication)
     * take the date of its pair.
     */
    public Enrichment datedByPairedCaption(Timex pairDate) {
        List<Event> dated = events.stream().map(e -> !"PUBLICATION".equals(e.dateBasis()) ? e
                : new Event(e.type(), e.trigger(), e.triggerStart(), e.triggerEnd(), pairDate.value(),
                        pairDate.precision(), "CAPTION", null, e.place(), e.actors(), e.targets(), e.killed(),
                        e.killedAtLeast(), e.injured(), e.injuredAtLeast(), e.sentenceStart(), e.sentenceEnd(),
                        e.sentence(), e.confidence(), e.summary())).toList();
        return new Enrichment(mentions, timexes, dated);
    }
}
