package org.tarikh.entity.events;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Timex;

/** Finds the events a text reports, given its entities and temporal expressions. */
public interface EventDetector {

    /**
     * @param publishedAt the publication date, or null when unknown
     * @param caption     whether the text is a photo caption: its date is the date of what the photo shows
     */
    List<Event> detect(TokenizedText text, LocalDate publishedAt, boolean caption, List<Mention> mentions,
            List<Timex> timexes);
}
