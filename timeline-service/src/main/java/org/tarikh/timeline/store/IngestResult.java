package org.tarikh.timeline.store;

import java.util.List;

/**
 * What storing one enriched segment did: nothing when it was already stored, else the chronology events it created
 * and those it joined (merged a new source into).
 */
public record IngestResult(boolean stored, List<Long> created, List<Long> updated) {

    public static final IngestResult ALREADY_STORED = new IngestResult(false, List.of(), List.of());

    /** This result, with more events changed (an older version's, counted again). */
    public IngestResult alsoUpdated(List<Long> events) {
        List<Long> all = new java.util.ArrayList<>(updated);
        events.stream().filter(id -> !all.contains(id) && !created.contains(id)).forEach(all::add);
        return new IngestResult(true, created, List.copyOf(all));
    }
}
