package org.tarikh.entity.enrichment;

import java.util.List;

import org.tarikh.entity.events.Event;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.time.Timex;

/** What entity-service finds in one text. */
public record Enrichment(List<Mention> mentions, List<Timex> timexes, List<Event> events) {
}
