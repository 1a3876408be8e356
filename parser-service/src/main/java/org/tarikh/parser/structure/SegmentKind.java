package org.tarikh.parser.structure;

/** What part of a news article a segment is. */
public enum SegmentKind {
    HEADLINE,
    DATELINE,
    PARAGRAPH,
    SUBHEADING,
    CAPTION,
    BOILERPLATE,
    SOURCE
}
