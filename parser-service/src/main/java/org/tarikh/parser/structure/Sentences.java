package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.List;

/** A segment's sentences, as {@link SentenceSplitter} finds them, in article offsets. */
final class Sentences {

    private Sentences() {
    }

    static List<Span> split(String text, int start, int end) {
        List<int[]> found = SentenceSplitter.split(text, start, end);
        List<Span> spans = new ArrayList<>(found.size());
        for (int[] s : found) {
            spans.add(new Span(s[0], s[1]));
        }
        return spans;
    }
}
