package org.tarikh.entity.boot;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tarikh.entity.enrichment.ArticleMemory;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.events.FrameEventAnnotator;
import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.NameRecognizer;
import org.tarikh.entity.time.TimexTagger;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one enrichment pipeline that the REST and the message paths share, and the memory of articles. */
public class Pipeline {

    /** The annotators in their order: names, dates, events. Plain Java, for tests and benchmarks too. */
    public static Enricher standard() {
        return new Enricher(NameRecognizer.load(Lexicon.load()), new TimexTagger(), new FrameEventAnnotator());
    }

    @Produces
    @Singleton
    Enricher enricher() {
        return standard();
    }

    @Produces
    @Singleton
    ArticleMemory articleMemory(
            @ConfigProperty(name = "tarikh.entity.article-memory.capacity", defaultValue = "4096") int capacity,
            @ConfigProperty(name = "tarikh.entity.article-memory.ttl", defaultValue = "PT1H") Duration ttl) {
        return new ArticleMemory(capacity, ttl);
    }
}
