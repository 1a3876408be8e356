package org.tarikh.timeline.chronology;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The form of a name or text used to look it up: case, Arabic diacritics and tatweel, alef/hamza, ya and ta marbuta
 * variants, Persian letter forms, Arabic-Indic digits and punctuation folded, so that "الأسد", "الاسد", "الأسَد" and
 * "الاســد" find each other. The same form is stored (aliases, search text) and computed for queries.
 */
public final class NameKey {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private NameKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        char[] s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
        int length = ARABIC.normalize(s, s.length);
        StringBuilder out = new StringBuilder(length);
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue; // harakat Lucene leaves (e.g. hamza above/below marks), superscript alef, tatweel
            }
            c = fold(c);
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

    /**
     * The normalized forms a name may be stored under: as given, and with the Arabic definite article taken off or
     * put on its words (الأنبار = أنبار, العراق = عراق), since news writes a name both ways.
     */
    public static List<String> variants(String name) {
        String base = of(name);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        if (isArabic(base)) {
            StringBuilder without = new StringBuilder();
            StringBuilder with = new StringBuilder();
            for (String word : base.split(" ")) {
                boolean arabicWord = !word.isEmpty() && word.charAt(0) >= '\u0620' && word.charAt(0) <= '\u064A';
                boolean defined = word.startsWith("ال") && word.length() > 3;
                without.append(without.length() > 0 ? " " : "").append(defined ? word.substring(2) : word);
                with.append(with.length() > 0 ? " " : "").append(arabicWord && !defined ? "ال" + word : word);
            }
            forms.add(without.toString());
            forms.add(with.toString());
        }
        forms.remove("");
        return List.copyOf(forms);
    }

    /** The folds Lucene's normalizer leaves out but news spelling varies on. */
    private static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660')); // Arabic-Indic digits
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0')); // Persian digits
        }
        return switch (c) {
            case 'ٱ', 'أ', 'إ', 'آ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ', 'ی', 'ى' -> 'ي';
            case 'ھ', 'ۀ', 'ة' -> 'ه';
            case 'ک' -> 'ك';
            default -> c;
        };
    }

    /** Whether a text is mostly written in Arabic script, for a language guess where none was given. */
    public static boolean isArabic(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
                arabic++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic > 0 && arabic >= latin;
    }
}
