package org.tarikh.parser.structure;

/** A half-open character range [start, end) into the article text, in UTF-16 units. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
