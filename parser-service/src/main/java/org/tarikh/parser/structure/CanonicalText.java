package org.tarikh.parser.structure;

import com.ibm.icu.text.Normalizer2;

/**
 * The text every offset refers to: the article as sent, without a leading byte order mark, in NFC. Line breaks,
 * bidi controls and zero-width marks are kept (removing them would move every later offset); readers treat them
 * as layout, never as content.
 */
public final class CanonicalText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private CanonicalText() {
    }

    public static String of(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        // Nearly every article is NFC already: check the quick way and normalize only the tail that needs it.
        int ok = NFC.spanQuickCheckYes(text);
        if (ok == text.length()) {
            return text;
        }
        StringBuilder normalized = new StringBuilder(text.length()).append(text, 0, ok);
        return NFC.normalizeSecondAndAppend(normalized, text.subSequence(ok, text.length())).toString();
    }

    /** Marks that steer display but carry no letters: bidi controls, zero-width marks, BOM, soft hyphen. */
    public static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069') || c == '\u061C'
                || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
    }

    /** Neither content nor a letter: whitespace of any kind (also no-break spaces) or an invisible mark. */
    public static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r'
                || (c > 0x7F && (Character.isWhitespace(c) || Character.isSpaceChar(c) || invisible(c)))
                || c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** A character that ends a line: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
    public static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }
}
