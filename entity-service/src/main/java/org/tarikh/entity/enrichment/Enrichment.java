package org.tarikh.entity.enrichment;

import java.util.List;

import org.tarikh.entity.document.Document;
import org.tarikh.entity.events.Event;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.time.Timex;

/** What entity-service finds in one text: the layers of its annotated document. */
public record Enrichment(List<Mention> mentions, List<Timex> timexes, List<Event> events) {

    static Enrichment of(Document document) {
        return new Enrichment(document.mentions(), document.timexes(), document.events());
    }
}
