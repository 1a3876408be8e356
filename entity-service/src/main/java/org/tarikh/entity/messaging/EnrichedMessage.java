package org.tarikh.entity.messaging;

import java.util.List;

import org.tarikh.entity.enrichment.Enrichment;
import org.tarikh.entity.events.Event;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.time.Timex;

/**
 * The {@code tarikh.enriched/v1} message: the segment as received, and what was found in its text.
 * Offsets of mentions, timexes and events are into {@code segment.text} (add {@code segment.start} for the
 * article). Documented in docs/messages.md.
 */
public record EnrichedMessage(String schema, SegmentMessage segment, List<Mention> mentions, List<Timex> timexes,
        List<Event> events, String enricher) {

    public static final String SCHEMA = "tarikh.enriched/v1";

    public static EnrichedMessage of(SegmentMessage segment, Enrichment enrichment, String enricher) {
        return new EnrichedMessage(SCHEMA, segment, enrichment.mentions(), enrichment.timexes(), enrichment.events(),
                enricher);
    }

    public String routingKey() {
        return segment.lang() + "." + segment.kind().toLowerCase(java.util.Locale.ROOT);
    }
}
