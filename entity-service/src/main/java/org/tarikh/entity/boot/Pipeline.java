package org.tarikh.entity.boot;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tarikh.entity.enrichment.ArticleMemory;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.events.FrameEventDetector;
import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.NewsEntityRecognizer;
import org.tarikh.entity.time.TimexTagger;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one enrichment pipeline that the REST and the message paths share, and the memory of articles. */
public class Pipeline {

    @Produces
    @Singleton
    Enricher enricher() {
        return new Enricher(new NewsEntityRecognizer(Lexicon.load()), new TimexTagger(), new FrameEventDetector());
    }

    @Produces
    @Singleton
    ArticleMemory articleMemory(
            @ConfigProperty(name = "tarikh.entity.article-memory.capacity", defaultValue = "4096") int capacity,
            @ConfigProperty(name = "tarikh.entity.article-memory.ttl", defaultValue = "PT1H") Duration ttl) {
        return new ArticleMemory(capacity, ttl);
    }
}
