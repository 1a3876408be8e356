package org.tarikh.parser.structure;

/**
 * A candidate segment before it is classified: a trimmed span of the canonical text, and what the markup said
 * it is ({@code hint}, null when the markup said nothing, as in plain text).
 */
record Unit(int start, int end, SegmentKind hint) {

    Unit {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty unit [" + start + "," + end + ")");
        }
    }

    int length() {
        return end - start;
    }
}
