package org.tarikh.entity.time;

/** What a temporal expression was resolved against. */
public enum Anchor {
    /** The text names the date completely ("January 4, 2022"). */
    ABSOLUTE,
    /** Resolved against the article's publication date ("last Sunday", "7 October" without a year). */
    PUBLICATION
}
