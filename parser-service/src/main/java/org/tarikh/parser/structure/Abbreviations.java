package org.tarikh.parser.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Full stops that do not end a sentence: listed abbreviations ("Jan.", "Mr.", "Gen."), dotted acronyms
 * ("U.S.", "a.m.", "e.g.") and initials ("John F. Kennedy", Arabic "د. محمد").
 */
final class Abbreviations {

    static final Abbreviations SHARED = new Abbreviations(Lexicon.lines("abbreviations.txt"));

    private final Set<String> words = new HashSet<>();

    Abbreviations(List<String> lines) {
        words.addAll(lines);
    }

    /** Whether the full stop at {@code dot} belongs to the word before it rather than ending a sentence. */
    boolean protects(String text, int from, int dot) {
        int s = dot;
        while (s > from && !CanonicalText.blank(text.charAt(s - 1)) && "(\"'\u201C\u00AB[".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int letters = dot - s;
        if (letters == 0) {
            return false;
        }
        if (letters == 1 && Character.isLetter(text.charAt(s))) {
            if (Character.isUpperCase(text.charAt(s))) {
                return true;
            }
            // Arabic "د." (Dr.) protects, but "عام 2024 م." ends its sentence.
            return Punctuation.arabicLetter(text.charAt(s)) && !afterNumber(text, from, s);
        }
        if (words.contains(text.substring(s, dot + 1))) {
            return true;
        }
        return dottedAcronym(text, s, dot);
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

    private static boolean afterNumber(String text, int from, int s) {
        int i = s - 1;
        while (i >= from && CanonicalText.blank(text.charAt(i))) {
            i--;
        }
        return i >= from && Character.isDigit(text.charAt(i));
    }
}
