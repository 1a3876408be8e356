package org.tarikh.entity.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A matching view of a text: Arabic letters folded (Lucene's {@link ArabicNormalizer}: alef and hamza forms,
 * ى→ي, ة→ه, no diacritics or tatweel) plus what it leaves (ھ→ه, Persian ی/ک, Arabic-Indic digits), Latin lower-cased.
 * Every char of the view maps back to the offset of the original char it came from, so matches on the view are
 * reported on the original.
 */
public final class NormalizedText {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private final String original;
    private final String view;
    private final int[] toOriginal;

    private NormalizedText(String original, String view, int[] toOriginal) {
        this.original = original;
        this.view = view;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] map = new int[n + 1];
        char[] one = new char[1];
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = fold(text.charAt(i), one);
            if (c != 0) {
                out[j] = c;
                map[j] = i;
                j++;
            }
        }
        map[j] = n;
        int[] exact = new int[j + 1];
        System.arraycopy(map, 0, exact, 0, j + 1);
        return new NormalizedText(text, new String(out, 0, j), exact);
    }

    /** The folded form of one char, or 0 when the char is dropped (diacritics, tatweel). */
    static char fold(char c, char[] scratch) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        switch (c) {
            case '\u06BE': // ھ heh doachashmee, common in text from Persian/Urdu keyboards
            case '\u06C1':
                return '\u0647';
            case '\u06CC': // Persian yeh
                return '\u064A';
            case '\u06A9': // keheh
                return '\u0643';
            case '\u00A0':
                return ' ';
            default:
                break;
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            scratch[0] = c;
            return ARABIC.normalize(scratch, 1) == 0 ? 0 : scratch[0];
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }

    public String original() {
        return original;
    }

    public String view() {
        return view;
    }

    /** Original offset of the view char at {@code i}. */
    public int originalStart(int i) {
        return toOriginal[i];
    }

    /** Original end offset (exclusive) of a view range that ends (exclusive) at {@code i}. */
    public int originalEnd(int i) {
        return i == 0 ? toOriginal[0] : toOriginal[i - 1] + 1;
    }
}
