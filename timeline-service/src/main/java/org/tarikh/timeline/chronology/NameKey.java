package org.tarikh.timeline.chronology;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name used to look it up: case, Arabic diacritics and tatweel, alef/hamza, ya and ta marbuta
 * variants and punctuation folded, so that "الأسد", "الاسد" and "الأسَد" find each other.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue; // harakat, superscript alef, tatweel
            }
            c = switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                case 'ھ' -> 'ه';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> c;
            };
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
