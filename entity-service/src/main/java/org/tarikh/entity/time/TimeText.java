package org.tarikh.entity.time;

import java.util.ArrayList;
import java.util.List;

/**
 * A folded view of a text for matching time words, with a map back to the original offsets, cut into
 * tokens once. Folding is per character (so every view character keeps its original offset): diacritics,
 * tatweel and zero-width marks dropped; alef/hamza forms, ى, ة, ھ and Persian letters folded; Arabic-Indic
 * digits to ASCII; Latin lower-cased. Lucene's ArabicNormalizer does most of this but rewrites in place
 * and loses the offsets, which timexes must keep.
 */
final class TimeText {

    enum Kind { WORD, NUMBER, PUNCT }

    /**
     * One token. {@code viewStart/viewEnd} index the folded view (adjacency tests), {@code start/end} the
     * original text (trailing diacritics and tatweel included, so "غداً" and "هـ" are whole).
     */
    record Token(Kind kind, String norm, int viewStart, int viewEnd, int start, int end, boolean arabic,
            boolean capitalized) {
        boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && norm.charAt(0) == c;
        }

        int intValue() {
            return norm.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(norm);
        }
    }

    final String original;
    final int[] toOriginal;
    final List<Token> tokens;

    private TimeText(String original, int[] toOriginal, List<Token> tokens) {
        this.original = original;
        this.toOriginal = toOriginal;
        this.tokens = tokens;
    }

    static TimeText of(String text) {
        int n = text.length();
        char[] view = new char[n];
        int[] toOriginal = new int[n + 1];
        int v = 0;
        for (int i = 0; i < n; i++) {
            char f = fold(text.charAt(i));
            if (f == 0) {
                continue;
            }
            view[v] = f;
            toOriginal[v++] = i;
        }
        toOriginal[v] = n;
        List<Token> tokens = new ArrayList<>(Math.max(16, v / 5));
        int i = 0;
        while (i < v) {
            char c = view[i];
            if (c == ' ') {
                i++;
                continue;
            }
            int j = i + 1;
            Kind kind;
            boolean arabic = false;
            if (c >= '0' && c <= '9') {
                kind = Kind.NUMBER;
                while (j < v && view[j] >= '0' && view[j] <= '9') {
                    j++;
                }
            } else if (isLetter(c)) {
                kind = Kind.WORD;
                arabic = isArabic(c);
                while (j < v && isLetter(view[j]) && isArabic(view[j]) == arabic) {
                    j++;
                }
            } else {
                kind = Kind.PUNCT;
            }
            int start = toOriginal[i];
            int end = toOriginal[j - 1] + 1;
            while (end < n && fold(text.charAt(end)) == 0 && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            char first = text.charAt(start);
            boolean capitalized = first < 128 ? first >= 'A' && first <= 'Z' : !arabic && Character.isUpperCase(first);
            tokens.add(new Token(kind, new String(view, i, j - i), i, j, start, end, arabic, capitalized));
            i = j;
        }
        return new TimeText(text, toOriginal, tokens);
    }

    /** Original offset of a view index. */
    int originalOffset(int viewIndex) {
        return toOriginal[viewIndex];
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return c >= '\u0621' && c <= '\u064A' || Character.isLetter(c);
    }

    static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFDFF'
                || c >= '\uFE70' && c <= '\uFEFF';
    }

    /** Folds one character for matching; 0 means "not in the view" (a mark), ' ' any separator. */
    static char fold(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c <= ' ' ? ' ' : c;
        }
        if (c >= '\u0621' && c <= '\u064A') {
            // the common case in Arabic text: letters, of which only four fold
            switch (c) {
                case '\u0623': case '\u0625': case '\u0622':
                    return '\u0627';
                case '\u0649':
                    return '\u064A';
                case '\u0629':
                    return '\u0647';
                case '\u0640':
                    return 0;
                default:
                    return c;
            }
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c >= '\u0610' && c <= '\u061A'
                || c >= '\u06D6' && c <= '\u06ED' || c >= '\u200B' && c <= '\u200F' || c == '\u061C'
                || c == '\uFEFF' || c == '\u00AD' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
            return 0;
        }
        switch (c) {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': case '\u0672': case '\u0673':
                return '\u0627';
            case '\u0649': case '\u06CC': case '\u06D2':
                return '\u064A';
            case '\u0629': case '\u06BE': case '\u06C1': case '\u06D5':
                return '\u0647';
            case '\u06A9':
                return '\u0643';
            case '\u060C':
                return ',';
            case '\u061B':
                return ';';
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case '\u2013': case '\u2014': case '\u2212': case '\u2010': case '\u2011':
                return '-';
            case '\u2019': case '\u2018': case '\u02BC':
                return '\'';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u3000':
                return ' ';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (Character.isWhitespace(c)) {
            return ' ';
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }

    /** Folds a lexicon form the same way the text is folded. */
    static String foldForm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != 0) {
                b.append(f);
            }
        }
        return b.toString().trim().replaceAll(" +", " ");
    }
}
