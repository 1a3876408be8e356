package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a segment into sentences at . ! ? ؟ ؛ … (with the closing quotes that follow them), never inside a
 * number ("3.5", "1,000.25"), a web address ("aljazeera.net"), after an abbreviation or initial ("U.S.", "Jan.",
 * "Mr.", "د."), before a lower-case word, or inside a short quotation («…», “…”, "…").
 */
final class Sentences {

    /** A quotation longer than this is a quoted passage of several sentences, and is split like any text. */
    private static final int MAX_QUOTE = 300;

    private Sentences() {
    }

    static List<Span> split(String text, int start, int end) {
        int[] quotes = quotations(text, start, end);
        List<Span> sentences = new ArrayList<>(2);
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Punctuation.sentenceEnd(c)) {
                continue;
            }
            int j = i + 1;
            while (j < end && Punctuation.sentenceEnd(text.charAt(j))) {
                j++;
            }
            while (j < end && Punctuation.closing(text.charAt(j))) {
                j++;
            }
            if (j < end && !CanonicalText.blank(text.charAt(j))) {
                i = j - 1;
                continue;
            }
            if (j == end || !boundary(text, start, from, i, j, end, quotes)) {
                i = j - 1;
                continue;
            }
            add(text, from, j, sentences);
            from = j;
            i = j - 1;
        }
        add(text, from, end, sentences);
        return sentences;
    }

    private static boolean boundary(String text, int start, int from, int i, int j, int end, int[] quotes) {
        char c = text.charAt(i);
        if (c == '.' && (j == i + 1 || !Punctuation.sentenceEnd(text.charAt(i + 1)))) {
            if (Abbreviations.SHARED.protects(text, from, i) || enumeration(text, from, i)) {
                return false;
            }
        }
        int k = j;
        while (k < end && CanonicalText.blank(text.charAt(k))) {
            k++;
        }
        // English sentences start in capitals: "approx. five", "\"Why?\" he asked" go on.
        if (k < end && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
            return false;
        }
        // Inside a quotation that goes on after this sentence end: «الوضع خطير. لن نسكت».
        return quotes == null || j > quotes[i - start];
    }

    /** "1. " opening a sentence numbers a list item; it ends nothing. */
    private static boolean enumeration(String text, int from, int dot) {
        int s = from;
        while (s < dot && CanonicalText.blank(text.charAt(s))) {
            s++;
        }
        if (s == dot || dot - s > 3) {
            return false;
        }
        for (int k = s; k < dot; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each position of [start,end) inside a short quotation («…», “…”, "…" paired in order), the end of the
     * longest such quotation around it; null when the text quotes nothing. One pass, linear in the text.
     */
    private static int[] quotations(String text, int start, int end) {
        int[] closeAt = null;
        int guillemet = -1;
        int curly = -1;
        int straight = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int open = -1;
            if (c == '\u00AB') {
                guillemet = i;
            } else if (c == '\u00BB' && guillemet >= 0) {
                open = guillemet;
                guillemet = -1;
            } else if (c == '\u201C') {
                curly = i;
            } else if (c == '\u201D' && curly >= 0) {
                open = curly;
                curly = -1;
            } else if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    open = straight;
                    straight = -1;
                }
            }
            if (open >= 0 && i - open <= MAX_QUOTE) {
                if (closeAt == null) {
                    closeAt = new int[end - start];
                }
                // Quotations of one kind never overlap, so each position is written at most once per kind.
                for (int p = open + 1; p < i; p++) {
                    closeAt[p - start] = Math.max(closeAt[p - start], i);
                }
            }
        }
        return closeAt;
    }

    private static void add(String text, int s, int e, List<Span> out) {
        while (s < e && CanonicalText.blank(text.charAt(s))) {
            s++;
        }
        while (e > s && CanonicalText.blank(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Span(s, e));
        }
    }
}
