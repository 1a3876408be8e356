package org.tarikh.entity.events;

import java.util.Map;
import java.util.Set;

import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.TokenizedText;

/** Counts as news writes them: digits (Arabic-Indic folded), Arabic and English number words, "ثلاثة وعشرون". */
final class Numbers {

    private Numbers() {
    }

    /**
     * Arabic duals of the nouns news counts victims with, which say "two" by themselves (قتل جنديان، إصابة شخصين).
     * Only nouns whose plural is broken (جنود، أشخاص، أطفال، قتلى، جرحى، عناصر) take -ين in the dual alone; for nouns
     * with a sound plural only the -ان form is a dual (مدنيان), since مدنيين is also "civilians".
     */
    private static final Set<String> DUALS = Set.of(
            "جنديان", "جنديين", "شخصان", "شخصين", "طفلان", "طفلين", "رجلان", "رجلين", "امراتان", "امراتين",
            "قتيلان", "قتيلين", "جريحان", "جريحين", "عنصران", "عنصرين", "ضابطان", "ضابطين", "مقاتلان",
            "شقيقان", "شقيقين", "مدنيان", "شرطيان", "صحفيان", "مسعفان", "عسكريان", "اسيران", "جثتين", "جثتان",
            "حارسان", "طفلتان", "طفلتين");

    /** Thousands and millions after a count: "10 آلاف", "30 ألفا" (the accusative), "ثلاثة ملايين", "3 million". */
    private static final Map<String, Integer> MULTIPLIERS = Map.of("الاف", 1000, "الف", 1000, "الفا", 1000,
            "thousand", 1000, "مليون", 1_000_000, "ملايين", 1_000_000, "million", 1_000_000);

    /** What separates digit groups (2,000; 1.200) or a decimal's fraction (6.8): Latin and Arabic marks. */
    private static final Set<String> SEPARATORS = Set.of(",", ".", "\u066b", "\u066c");

    // normalized forms (ة→ه, ى→ي, أ→ا)
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2),
            Map.entry("اثنتان", 2), Map.entry("اثنتين", 2), Map.entry("ثلاثه", 3), Map.entry("ثلاث", 3),
            Map.entry("اربعه", 4), Map.entry("اربع", 4), Map.entry("خمسه", 5), Map.entry("خمس", 5),
            Map.entry("سته", 6), Map.entry("ست", 6), Map.entry("سبعه", 7), Map.entry("سبع", 7),
            Map.entry("ثمانيه", 8), Map.entry("ثماني", 8), Map.entry("ثمان", 8), Map.entry("تسعه", 9),
            Map.entry("تسع", 9), Map.entry("عشره", 10), Map.entry("عشر", 10), Map.entry("عشرون", 20),
            Map.entry("عشرين", 20), Map.entry("ثلاثون", 30), Map.entry("ثلاثين", 30), Map.entry("اربعون", 40),
            Map.entry("اربعين", 40), Map.entry("خمسون", 50), Map.entry("خمسين", 50), Map.entry("ستون", 60),
            Map.entry("ستين", 60), Map.entry("سبعون", 70), Map.entry("سبعين", 70), Map.entry("ثمانون", 80),
            Map.entry("ثمانين", 80), Map.entry("تسعون", 90), Map.entry("تسعين", 90), Map.entry("مئه", 100),
            Map.entry("مائه", 100), Map.entry("مئات", 0), Map.entry("مئتان", 200), Map.entry("مئتين", 200),
            Map.entry("الف", 1000), Map.entry("الفين", 2000), Map.entry("الفان", 2000), Map.entry("الفي", 2000),
            Map.entry("مائتان", 200), Map.entry("مائتين", 200), Map.entry("مئتي", 200), Map.entry("مائتي", 200),
            Map.entry("مئتا", 200), Map.entry("مائتا", 200),
            // the hundreds written as one word: ثلاثمئة، خمسمائة
            Map.entry("ثلاثمئه", 300), Map.entry("ثلاثمائه", 300), Map.entry("اربعمئه", 400),
            Map.entry("اربعمائه", 400), Map.entry("خمسمئه", 500), Map.entry("خمسمائه", 500),
            Map.entry("ستمئه", 600), Map.entry("ستمائه", 600), Map.entry("سبعمئه", 700), Map.entry("سبعمائه", 700),
            Map.entry("ثمانمئه", 800), Map.entry("ثمانمائه", 800), Map.entry("تسعمئه", 900),
            Map.entry("تسعمائه", 900),
            // "وتوفي الاثنان معا": the two of a story's people (not الاثنين, also Monday; not "both", which joins
            // two kinds as often as it counts: "both the living and the dead")
            Map.entry("الاثنان", 2),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("a", 1));

    /** A number starting at token {@code i}: {value, last token index}, or null. */
    static int[] at(TokenizedText t, int i) {
        if (i >= t.size()) {
            return null;
        }
        var tok = t.get(i);
        if (tok.script() == Script.DIGITS) {
            if (continues(t, i)) {
                return null; // the 000 of 2,000 or the 8 of 6.8: a part, read from the number's first digits
            }
            if (tok.form().length() > 1 && tok.form().charAt(0) == '0') {
                return null; // "000", "007": a code or a stray group, not a count
            }
            int end = i;
            StringBuilder digits = new StringBuilder(tok.form());
            // 1,200 or 1.200 as thousands
            while (end + 2 < t.size() && SEPARATORS.contains(t.get(end + 1).form())
                    && t.get(end + 2).script() == Script.DIGITS && t.get(end + 2).form().length() == 3
                    && adjacent(t, end + 1)) {
                digits.append(t.get(end + 2).form());
                end += 2;
            }
            if (digits.length() > 9) {
                return null;
            }
            int value = Integer.parseInt(digits.toString());
            if (end + 2 < t.size() && SEPARATORS.contains(t.get(end + 1).form())
                    && t.get(end + 2).script() == Script.DIGITS && adjacent(t, end + 1)) {
                // a decimal (6.8, 2.5): a measure, never a count of people, unless a multiplier makes it whole
                // ("1.5 million")
                Integer times = end + 3 < t.size() ? MULTIPLIERS.get(t.get(end + 3).form()) : null;
                String fraction = t.get(end + 2).form();
                if (times == null || fraction.length() > 3) {
                    return null;
                }
                double whole = Double.parseDouble(value + "." + fraction) * times;
                return whole > Integer.MAX_VALUE ? null : new int[] {(int) Math.round(whole), end + 3};
            }
            // "10 آلاف", "3 million": a multiplier after the digits
            if (end + 1 < t.size() && value < 1000) {
                Integer times = MULTIPLIERS.get(t.get(end + 1).form());
                if (times != null) {
                    return new int[] {value * times, end + 1};
                }
            }
            return new int[] {value, end};
        }
        String f = word(tok.form());
        if (DUALS.contains(f)) {
            return new int[] {2, i}; // جنديان: two soldiers, the count in the noun itself
        }
        Integer v = WORDS.get(f);
        if (v == null || v == 0 || f.equals("a") && !(i + 1 < t.size() && t.get(i + 1).is("dozen"))) {
            return null;
        }
        int end = i;
        int value = v;
        // ثلاثة وعشرون ; twenty-three ; one hundred
        if (i + 1 < t.size()) {
            String next = t.get(i + 1).form();
            Integer n = next.startsWith("و") ? WORDS.get(word(next.substring(1))) : null;
            if (n != null && n >= 20 && value < 10) {
                value += n;
                end = i + 1;
            } else if (t.get(i + 1).is("-") && i + 2 < t.size() && WORDS.containsKey(t.get(i + 2).form())
                    && value >= 20) {
                value += WORDS.get(t.get(i + 2).form());
                end = i + 2;
            } else if ((next.equals("hundred") || next.equals("مئه") || next.equals("مائه")) && value < 10) {
                value *= 100;
                end = i + 1;
            } else if (f.equals("a") && next.equals("dozen")) {
                value = 12;
                end = i + 1;
            } else if (WORDS.get(word(next)) != null && value < 10 && (next.equals("عشر") || next.equals("عشره"))) {
                value += 10; // ثلاثة عشر
                end = i + 1;
            } else if (n != null && n > 0 && value >= 100 && value % 100 == 0 && n < (value < 1000 ? 100 : 1000)) {
                // "مئة وخمسون", "ألف ومئتان": a round hundred or thousand and a smaller number joined by و
                value += n;
                end = i + 1;
                Integer tens = end + 1 < t.size() && t.get(end + 1).form().startsWith("و")
                        ? WORDS.get(word(t.get(end + 1).form().substring(1))) : null;
                if (tens != null && tens >= 20 && tens < 100 && n < 10) {
                    value += tens; // "مئة وخمسة وعشرون"
                    end++;
                }
            }
        }
        // "عشرة آلاف", "three million": a multiplier after the words
        if (end + 1 < t.size() && value < 1000) {
            Integer times = MULTIPLIERS.get(t.get(end + 1).form());
            if (times != null) {
                return new int[] {value * times, end + 1};
            }
        }
        return new int[] {value, end};
    }

    /** Whether token {@code k} is a mark written between two digit groups, with nothing around it. */
    private static boolean adjacent(TokenizedText t, int k) {
        return t.get(k).start() == t.get(k - 1).end() && t.get(k + 1).start() == t.get(k).end();
    }

    /**
     * Whether digits at token {@code i} continue a number begun before them: the 000 of "2,000", the 8 of "6.8". A
     * number is read from its first digits only.
     */
    static boolean continues(TokenizedText t, int i) {
        return i >= 2 && i < t.size() && t.get(i).script() == Script.DIGITS && t.get(i - 2).script() == Script.DIGITS
                && SEPARATORS.contains(t.get(i - 1).form()) && adjacent(t, i - 1);
    }

    /** The first token of the number that token {@code i} is part of ({@code i} itself when it begins one). */
    static int startOf(TokenizedText t, int i) {
        int k = i;
        while (continues(t, k)) {
            k -= 2;
        }
        return k;
    }

    /** The count a word joined by و says by itself: a dual (ومدنيان) or a number word (وثلاثة). {value, 0}. */
    static int[] conjoined(String form) {
        if (DUALS.contains(form)) {
            return new int[] {2, 0};
        }
        Integer v = WORDS.get(form);
        return v == null || v == 0 || form.equals("a") ? null : new int[] {v, 0};
    }

    private static String word(String form) {
        return form;
    }
}
