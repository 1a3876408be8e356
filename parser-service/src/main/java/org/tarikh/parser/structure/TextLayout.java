package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a plain-text article: blank lines separate blocks; inside a block each line is a unit
 * (caption pairs, subheadings and one-paragraph-per-line copy all keep their own line), except in hard-wrapped
 * copy, whose lines are joined back into one paragraph.
 */
final class TextLayout {

    /** Hard-wrapped copy (wire and e-mail text) keeps its lines under this width. */
    private static final int WRAP_WIDTH = 100;

    private TextLayout() {
    }

    static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        List<int[]> block = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && !CanonicalText.lineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && CanonicalText.blank(text.charAt(s))) {
                s++;
            }
            while (e > s && CanonicalText.blank(text.charAt(e - 1))) {
                e--;
            }
            boolean paragraphSeparator = lineEnd < n && text.charAt(lineEnd) == '\u2029';
            if (s == e) {
                flush(text, block, units);
            } else {
                block.add(new int[] { s, e });
                if (paragraphSeparator) {
                    flush(text, block, units);
                }
            }
            // CR LF is one line break, not two.
            i = lineEnd + (lineEnd + 1 < n && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        flush(text, block, units);
        return units;
    }

    private static void flush(String text, List<int[]> lines, List<Unit> units) {
        if (lines.isEmpty()) {
            return;
        }
        if (hardWrapped(text, lines)) {
            units.add(new Unit(lines.get(0)[0], lines.get(lines.size() - 1)[1], null));
        } else {
            int from = 0;
            for (int k = 1; k <= lines.size(); k++) {
                // A line that stops mid-sentence and a next line that goes on in lower case are one paragraph.
                if (k < lines.size() && continues(text, lines.get(k - 1), lines.get(k))) {
                    continue;
                }
                units.add(new Unit(lines.get(from)[0], lines.get(k - 1)[1], null));
                from = k;
            }
        }
        lines.clear();
    }

    private static boolean hardWrapped(String text, List<int[]> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int max = 0;
        for (int[] line : lines) {
            max = Math.max(max, line[1] - line[0]);
        }
        if (max > WRAP_WIDTH) {
            return false;
        }
        int sentenceEnds = 0;
        for (int k = 0; k < lines.size() - 1; k++) {
            if (lines.get(k)[1] - lines.get(k)[0] < max * 6 / 10) {
                return false;
            }
            if (Punctuation.terminal(text.charAt(lines.get(k)[1] - 1))) {
                sentenceEnds++;
            }
        }
        // Wrapping breaks lines mid-sentence; a list of one-line paragraphs ends most lines with a full stop.
        return sentenceEnds * 2 <= lines.size() - 1;
    }

    private static boolean continues(String text, int[] line, int[] next) {
        char last = text.charAt(line[1] - 1);
        char first = text.charAt(next[0]);
        return Character.isLetterOrDigit(last) || last == ','
                ? first >= 'a' && first <= 'z'
                : false;
    }
}
