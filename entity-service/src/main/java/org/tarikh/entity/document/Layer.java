package org.tarikh.entity.document;

/** What an annotator adds to a {@link Document}, in the order the pipeline adds them. */
public enum Layer {
    /** Named entities: persons, organizations, places, facilities ({@code Mention}s). */
    NAMES,
    /** Temporal expressions, normalized ({@code Timex}es). */
    DATES,
    /** What happened, when, where and to whom ({@code Event}s). */
    EVENTS
}
