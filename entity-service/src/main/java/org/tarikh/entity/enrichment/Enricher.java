package org.tarikh.entity.enrichment;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.entity.events.EventDetector;
import org.tarikh.entity.ner.ArticlePersons;
import org.tarikh.entity.ner.EntityRecognizer;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.TemporalTagger;
import org.tarikh.entity.time.Timex;

/**
 * The enrichment pipeline, plain Java: the text is tokenized once; entities and dates are found on it, then the events
 * built on both. Stateless and thread-safe: one instance serves the REST and the message paths; what an article's
 * earlier segments taught is passed in ({@link ArticlePersons}).
 */
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
        return enrich(text, publishedAt, lang, caption, null);
    }

    /**
     * One segment of an article: what {@link #enrich(String, LocalDate, String, boolean)} finds, with persons linked
     * to those the article named in earlier segments.
     *
     * @param article the persons of the article so far (updated with this segment's), or null
     */
    public Enrichment enrich(String text, LocalDate publishedAt, String lang, boolean caption, ArticlePersons article) {
        TokenizedText tokens = TokenizedText.of(text);
        List<Mention> mentions = entities.recognize(tokens, lang, article);
        List<Timex> timexes = time.tag(text, publishedAt, lang);
        return new Enrichment(mentions, timexes, events.detect(tokens, publishedAt, caption, mentions, timexes));
    }
}
