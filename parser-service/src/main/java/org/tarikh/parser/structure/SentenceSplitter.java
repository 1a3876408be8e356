package org.tarikh.parser.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Sentences of Arabic and English news copy: ICU4J's sentence {@link BreakIterator} (Unicode UAX #29 with CLDR's
 * abbreviation suppressions, {@code en@ss=standard}) and a small configuration on top of it. entity-service splits
 * the texts it gets without sentences with the same class and configuration (its {@code text/SentenceSplitter}); the
 * two share no code
 * at run time, so a test on each side runs the same table ({@code sentences.tsv}) and checks the copies agree.
 * <ul>
 * <li>no break after a listed abbreviation ({@code abbreviations.txt}: Jan., Mr., Gen.), an initial (John F.
 * Kennedy, د. محمد — but "عام 2024 م." ends), a dotted acronym (U.S., a.m.) or a list number ("1. ");</li>
 * <li>no break before a lower-case Latin word ("\"Why?\" he asked", "approx. five");</li>
 * <li>no break inside a short quotation that goes on after it («الوضع خطير. لن نسكت» مضيفا);</li>
 * <li>a break after the Arabic semicolon ؛ and the ellipsis …, which UAX #29 does not end sentences with.</li>
 * </ul>
 * Spans are trimmed of blanks; a line break always ends a sentence. Thread-safe.
 */
final class SentenceSplitter {

    /** A quotation longer than this is a quoted passage of several sentences, and is split like any text. */
    private static final int MAX_QUOTE = 300;

    private static final ULocale RULES = new ULocale("en@ss=standard");
    private static final ThreadLocal<BreakIterator> ICU =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(RULES));
    private static final Set<String> ABBREVIATIONS = load("abbreviations.txt");

    private SentenceSplitter() {
    }

    /** Sentence spans {start, end} of the whole text. */
    public static List<int[]> split(String text) {
        return split(text, 0, text.length());
    }

    /** Sentence spans {start, end} of {@code text[start, end)}, in offsets of {@code text}. */
    public static List<int[]> split(String text, int start, int end) {
        List<int[]> out = new ArrayList<>(4);
        if (start >= end) {
            return out;
        }
        int[] quotes = quotations(text, start, end);
        BreakIterator icu = ICU.get();
        icu.setText(text.substring(start, end));
        int from = start;
        int extra = nextExtraBreak(text, start, end);
        int b = icu.next();
        while (b != BreakIterator.DONE || extra < end) {
            int at = b == BreakIterator.DONE ? Integer.MAX_VALUE : start + b;
            int candidate = Math.min(at, extra);
            if (candidate == extra) {
                extra = nextExtraBreak(text, extra, end);
            }
            if (candidate == at) {
                b = icu.next();
            }
            if (candidate >= end) {
                break;
            }
            if (candidate > from && boundary(text, start, from, candidate, end, quotes)) {
                add(text, from, candidate, out);
                from = candidate;
            }
        }
        add(text, from, end, out);
        return out;
    }

    /** The position after the next ؛ or … (and the closing marks after it) that a blank follows, or {@code end}. */
    private static int nextExtraBreak(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u061B' || c == '\u2026') {
                int j = i + 1;
                while (j < end && closing(text.charAt(j))) {
                    j++;
                }
                if (j < end && blank(text.charAt(j))) {
                    return j;
                }
            }
        }
        return end;
    }

    /** Whether the break ICU (or the extra rule) proposes at {@code at} ends the sentence begun at {@code from}. */
    private static boolean boundary(String text, int start, int from, int at, int end, int[] quotes) {
        int j = at;
        boolean lineBreak = false;
        while (j > from && blank(text.charAt(j - 1))) {
            lineBreak |= text.charAt(j - 1) == '\n' || text.charAt(j - 1) == '\r' || text.charAt(j - 1) == '\u2029';
            j--;
        }
        if (lineBreak) {
            return true;
        }
        int i = j - 1;
        while (i > from && closing(text.charAt(i))) {
            i--;
        }
        char c = text.charAt(i);
        if (c == '.' && (i == from || text.charAt(i - 1) != '.') && protectedDot(text, from, i)) {
            return false;
        }
        int k = at;
        while (k < end && blank(text.charAt(k))) {
            k++;
        }
        // English sentences start in capitals: "approx. five", "\"Why?\" he asked" go on.
        if (k < end && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
            return false;
        }
        // Inside a quotation that goes on after this sentence end: «الوضع خطير. لن نسكت».
        return quotes == null || j > quotes[i - start];
    }

    /** Whether the full stop at {@code dot} belongs to the word before it rather than ending a sentence. */
    private static boolean protectedDot(String text, int from, int dot) {
        int s = dot;
        while (s > from && !blank(text.charAt(s - 1)) && "(\"'\u201C\u00AB[".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int letters = dot - s;
        if (letters == 0) {
            return false;
        }
        if (letters == 1 && Character.isLetter(text.charAt(s))) {
            if (Character.isUpperCase(text.charAt(s))) {
                return true; // an initial: John F. Kennedy
            }
            // Arabic "د." (Dr.) protects, but "عام 2024 م." ends its sentence.
            return arabicLetter(text.charAt(s)) && !afterNumber(text, from, s);
        }
        if (ABBREVIATIONS.contains(text.substring(s, dot + 1))) {
            return true;
        }
        return dottedAcronym(text, s, dot) || enumeration(text, from, s, dot);
    }

    /** "U.S", "a.m", "e.g", "U.N" before the final dot: letter groups of one to three, joined by dots. */
    private static boolean dottedAcronym(String text, int s, int dot) {
        int group = 0;
        boolean dotted = false;
        for (int i = s; i < dot; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (group == 0) {
                    return false;
                }
                dotted = true;
                group = 0;
            } else if (Character.isLetter(c) && ++group <= 3) {
                continue;
            } else {
                return false;
            }
        }
        return dotted && group > 0;
    }

    /** "1. " opening a sentence numbers a list item; it ends nothing. */
    private static boolean enumeration(String text, int from, int s, int dot) {
        int first = from;
        while (first < dot && blank(text.charAt(first))) {
            first++;
        }
        if (first != s || dot - s > 3) {
            return false;
        }
        for (int k = s; k < dot; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterNumber(String text, int from, int s) {
        int i = s - 1;
        while (i >= from && blank(text.charAt(i))) {
            i--;
        }
        return i >= from && Character.isDigit(text.charAt(i));
    }

    /**
     * For each position of [start,end) inside a short quotation («…», “…”, "…" paired in order), the end of the
     * longest such quotation around it; null when the text quotes nothing. Linear in the text.
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
                // a straight quote glued to the word before it and not to the word after, or followed by punctuation,
                // closes: one whose opening was lost in the text closes nothing and opens nothing, so it does not
                // pair with the next quotation's opening across sentence ends
                boolean nextWord = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
                boolean closes = i > start && !blank(text.charAt(i - 1)) && !nextWord
                        || i + 1 >= end || !nextWord && !blank(text.charAt(i + 1)); // "قال" , — "said",
                if (straight >= 0) {
                    open = straight;
                    straight = -1;
                } else if (!closes) {
                    straight = i;
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

    private static void add(String text, int s, int e, List<int[]> out) {
        while (s < e && blank(text.charAt(s))) {
            s++;
        }
        while (e > s && blank(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new int[] {s, e});
        }
    }

    static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Closes a quotation or bracket, and so may follow a sentence end. */
    private static boolean closing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']'
                || c == '\u203A';
    }

    private static boolean arabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3' || c == '\u06D5'
                || c >= '\u06EE' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08C9'
                || c >= '\uFB50' && c <= '\uFDFB' || c >= '\uFE70' && c <= '\uFEFC';
    }

    private static Set<String> load(String name) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing from the classpath: " + name);
            }
            Set<String> words = new HashSet<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
