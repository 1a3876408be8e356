package org.tarikh.entity.boot;

import java.util.List;

import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.events.FrameEventDetector;
import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.NewsEntityRecognizer;
import org.tarikh.entity.time.AbsoluteDateTagger;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one enrichment pipeline that the REST and the message paths share. */
public class Pipeline {

    @Produces
    @Singleton
    Enricher enricher() {
        return new Enricher(new NewsEntityRecognizer(Lexicon.load()), new org.tarikh.entity.time.TimexTagger(), new FrameEventDetector());
    }
}
