package org.tarikh.entity.boot;

import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.events.FrameEventAnnotator;
import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.NameRecognizer;
import org.tarikh.entity.time.TimexTagger;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one enrichment pipeline that the REST and the message paths share. */
public class Pipeline {

    /** The annotators in their order: names, dates, events. Plain Java, for tests and benchmarks too. */
    public static Enricher standard() {
        return new Enricher(NameRecognizer.load(Lexicon.load()), new TimexTagger(), new FrameEventAnnotator());
    }

    /**
     * Built at start-up, not on first use: the models and lists take about a second of CPU to load, which the first
     * message (or request) would otherwise wait for, and which a benchmark would count as the cost of its first
     * articles.
     */
    @Produces
    @Singleton
    @Startup
    Enricher enricher() {
        return standard();
    }
}
