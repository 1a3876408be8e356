package org.tarikh.parser.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.lang.UScript;

/**
 * The language of one piece of text, from the script its letters are written in: Arabic script is "ar" (or "fa",
 * "ur" when the letters only Persian or Urdu use outnumber the Arabic ones), Latin script is told apart by its
 * commonest function words (English unless another language clearly wins), other scripts map to the language
 * that writes them. Text without letters is "und".
 */
public final class ScriptLanguage {

    private static final Map<String, String> FUNCTION_WORDS = new HashMap<>();
    /** Enough words to tell languages apart; reading further costs time and changes nothing. */
    private static final int MAX_WORDS = 30;

    static {
        List<String> lines = Lexicon.lines("function-words.tsv");
        for (String line : lines) {
            String[] cols = line.split("\t");
            for (String word : cols[1].split(" ")) {
                // A word shared by two languages ("de", "la") tells nothing: keep it for neither.
                FUNCTION_WORDS.merge(word, cols[0], (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    private ScriptLanguage() {
    }

    public static String of(CharSequence text, int start, int end) {
        int arabic = 0;
        int persian = 0;
        int urdu = 0;
        int arabicOnly = 0;
        int latin = 0;
        int other = 0;
        int otherScript = UScript.INVALID_CODE;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFC') {
                if (Punctuation.arabicLetter(c)) {
                    arabic++;
                    switch (c) {
                        case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06CC', '\u06A9' -> persian++;
                        case '\u0679', '\u0688', '\u0691', '\u06BA', '\u06D2' -> urdu++;
                        case '\u0629', '\u0649', '\u064A', '\u0643' -> arabicOnly++;
                        default -> {
                        }
                    }
                }
            } else if (Character.isLetter(c)) {
                int cp = Character.codePointAt(text, i);
                int script = UScript.getScript(cp);
                if (script == UScript.LATIN) {
                    latin++;
                } else if (script != UScript.COMMON && script != UScript.INHERITED) {
                    other++;
                    otherScript = script;
                }
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
            }
        }
        if (arabic == 0 && latin == 0 && other == 0) {
            return "und";
        }
        if (arabic >= latin && arabic >= other) {
            if (urdu > 0 && urdu * 4 > arabicOnly) {
                return "ur";
            }
            return persian > arabicOnly ? "fa" : "ar";
        }
        if (latin >= other) {
            return latinLanguage(text, start, end);
        }
        return switch (otherScript) {
            case UScript.HEBREW -> "he";
            case UScript.CYRILLIC -> "ru";
            case UScript.GREEK -> "el";
            case UScript.HAN -> "zh";
            case UScript.HIRAGANA, UScript.KATAKANA -> "ja";
            case UScript.HANGUL -> "ko";
            case UScript.DEVANAGARI -> "hi";
            case UScript.THAI -> "th";
            case UScript.ARMENIAN -> "hy";
            case UScript.GEORGIAN -> "ka";
            case UScript.ETHIOPIC -> "am";
            case UScript.SYRIAC -> "syr";
            default -> "und";
        };
    }

    /** English unless at least two function words of one other language outvote the English ones. */
    private static String latinLanguage(CharSequence text, int start, int end) {
        Map<String, Integer> votes = null;
        int words = 0;
        int i = start;
        StringBuilder word = new StringBuilder(16);
        while (i < end && words < MAX_WORDS) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            word.setLength(0);
            while (i < end && Character.isLetter(text.charAt(i))) {
                word.append(Character.toLowerCase(text.charAt(i)));
                i++;
            }
            if (word.length() == 0) {
                break;
            }
            words++;
            String lang = FUNCTION_WORDS.get(word.toString());
            if (lang != null && !lang.isEmpty()) {
                if (votes == null) {
                    votes = new HashMap<>();
                }
                votes.merge(lang, 1, Integer::sum);
            }
        }
        if (votes == null) {
            return "en";
        }
        int english = votes.getOrDefault("en", 0);
        String best = "en";
        int bestVotes = english;
        for (var v : votes.entrySet()) {
            if (v.getValue() > bestVotes) {
                best = v.getKey();
                bestVotes = v.getValue();
            }
        }
        return bestVotes >= 2 && bestVotes > english ? best.toLowerCase(Locale.ROOT) : "en";
    }
}
