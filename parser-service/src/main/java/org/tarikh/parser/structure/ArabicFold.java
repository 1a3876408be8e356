package org.tarikh.parser.structure;

/**
 * A matching key for short Arabic phrases from lexicons: diacritics and tatweel dropped, alef forms, alef maqsura
 * and ta marbuta folded, dots and runs of spaces made one space ("أ.ف.ب" and "ا ف ب" meet).
 */
final class ArabicFold {

    private ArabicFold() {
    }

    static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || CanonicalText.invisible(c)) {
                continue;
            }
            if (c == '.' || CanonicalText.blank(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064A';
                case '\u0629' -> '\u0647';
                default -> c;
            });
        }
        return out.toString();
    }
}
