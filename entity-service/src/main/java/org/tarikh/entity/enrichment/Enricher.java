package org.tarikh.entity.enrichment;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.entity.events.EventDetector;
import org.tarikh.entity.ner.EntityRecognizer;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.time.TemporalTagger;
import org.tarikh.entity.time.Timex;

/** The enrichment pipeline, plain Java: entities, then dates, then the events built on both. */
public final class Enricher {

    private final EntityRecognizer entities;
    private final TemporalTagger time;
    private final EventDetector events;

    public Enricher(EntityRecognizer entities, TemporalTagger time, EventDetector events) {
        this.entities = entities;
        this.time = time;
        this.events = events;
    }

    /**
     * @param publishedAt the article's publication date, the anchor of relative dates; null when unknown
     * @param lang        "ar", "en" or null to decide from the text
     * @param caption     whether the text is a photo caption
     */
    public Enrichment enrich(String text, LocalDate publishedAt, String lang, boolean caption) {
        List<Mention> mentions = entities.recognize(text, lang);
        List<Timex> timexes = time.tag(text, publishedAt, lang);
        return new Enrichment(mentions, timexes, events.detect(text, publishedAt, caption, mentions, timexes));
    }
}
