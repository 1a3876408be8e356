package org.tarikh.parser.structure;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens the body of a dispatch: Arabic "بغداد– …", "بغداد (رويترز) - …",
 * "لندن: «الشرق الأوسط» …"; English "BAGHDAD (Reuters) - …", "LONDON, Jan 30 (Reuters) -",
 * "GAZA CITY, Gaza Strip (AP) — …", "WASHINGTON — …".
 */
final class Datelines {

    /** Where the dateline is in the segment, and the place it names. */
    record Dateline(Span span, String place) {
    }

    private static final String DASH = "[-\u2010-\u2015\u2212]";
    private static final String ARABIC_WORD = "[\\p{IsArabic}&&[^\\p{P}\\d\u0660-\u0669]]+";

    /** Place, then optionally a date and the agency in parentheses, then a dash: "بغداد 30 يناير (رويترز) -". */
    private static final Pattern ARABIC = Pattern.compile(
            "(" + ARABIC_WORD + "(?:\\s" + ARABIC_WORD + "){0,2})"
                    + "(?:\\s*(?:[\u060C,]?\\s*[\\d\u0660-\u0669]{1,2}\\s+" + ARABIC_WORD + "(?:\\s" + ARABIC_WORD
                    + "){0,2}\\s*)?\\(\\s*[^()\\n]{1,30}\\s*\\))?"
                    + "\\s*" + DASH + "+[\\s\u00A0]*");

    /** "لندن: «الشرق الأوسط»": place, colon, the outlet in quotes. */
    private static final Pattern ARABIC_COLON = Pattern.compile(
            "(" + ARABIC_WORD + "(?:\\s" + ARABIC_WORD + "){0,2})\\s*:\\s*[\u00AB\"\u201C][^\u00BB\"\u201D\\n]{1,30}[\u00BB\"\u201D][\\s\u00A0]*");

    private static final Pattern ENGLISH = Pattern.compile(
            "((?:[A-Z][A-Z'.\u2019-]+)(?:\\s[A-Z][A-Z'.\u2019-]+){0,3}"
                    + "(?:,\\s[A-Z][\\p{L}.'\u2019-]+(?:\\s[A-Z][\\p{L}.'\u2019-]+){0,2})?)"
                    + "(?:,\\s(?:[A-Z][a-z]{2,8}\\.?\\s\\d{1,2}|\\d{1,2}\\s[A-Z][a-z]{2,8}))?"
                    + "\\s*(?:\\(([A-Za-z][\\w .&-]{0,25})\\)\\s*)?" + DASH + "{1,2}(?:[\\s\u00A0]+|$)");

    /** Title-case places need an agency to be a dateline: "Baghdad, Iraq (AP) —". */
    private static final Pattern ENGLISH_TITLE_CASE = Pattern.compile(
            "([A-Z][a-z'\u2019-]+(?:\\s[A-Z][a-z'\u2019-]+){0,2}(?:,\\s[A-Z][\\p{L}.'\u2019-]+(?:\\s[A-Z][\\p{L}'\u2019-]+){0,2})?)"
                    + "(?:,\\s(?:[A-Z][a-z]{2,8}\\.?\\s\\d{1,2}|\\d{1,2}\\s[A-Z][a-z]{2,8}))?"
                    + "\\s*\\((Reuters|AP|AFP|Reuters TV|dpa|Xinhua|UPI|Anadolu|AA|CNN|Al Jazeera|BBC)\\)\\s*" + DASH + "{1,2}(?:[\\s\u00A0]+|$)");

    /** Words that open a sentence, not a place: "قال - في تصريح …" is no dateline. */
    private static final Set<String> NOT_PLACES = Set.of("قال", "وقال", "قالت", "وقالت", "أكد", "وأكد", "أضاف",
            "وأضاف", "أعلن", "وأعلن", "أعلنت", "وأعلنت", "ذكر", "وذكر", "أفاد", "وأفاد", "لكن", "ولكن", "ثم", "إن", "أن",
            "هذا", "هذه", "في", "من", "على", "إلى", "عن", "مع", "بعد", "قبل", "حيث", "كما", "أما", "وأما", "ويقول", "يقول",
            "تقول", "وتقول", "الحكومة", "الرئيس", "المتحدث", "مصدر", "مصادر");

    private Datelines() {
    }

    /** The dateline opening {@code text[start,end)}, or null. */
    static Dateline find(String text, int start, int end) {
        int window = Math.min(end, start + 120);
        CharSequence head = text.subSequence(start, window);
        char first = text.charAt(start);
        if (Punctuation.arabicLetter(first)) {
            for (Pattern p : new Pattern[] { ARABIC, ARABIC_COLON }) {
                Matcher m = p.matcher(head);
                if (m.lookingAt() && !NOT_PLACES.contains(firstWord(m.group(1)))) {
                    return new Dateline(trimmed(text, start, start + m.end()), m.group(1).strip());
                }
            }
            return null;
        }
        if (first >= 'A' && first <= 'Z') {
            for (Pattern p : new Pattern[] { ENGLISH, ENGLISH_TITLE_CASE }) {
                Matcher m = p.matcher(head);
                if (m.lookingAt()) {
                    String place = m.group(1);
                    int comma = place.indexOf(',');
                    return new Dateline(trimmed(text, start, start + m.end()),
                            (comma > 0 ? place.substring(0, comma) : place).strip());
                }
            }
        }
        return null;
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static Span trimmed(String text, int s, int e) {
        while (e > s && CanonicalText.blank(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
