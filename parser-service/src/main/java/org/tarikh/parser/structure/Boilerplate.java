package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Page furniture and wire tails that are not the article's content (boilerplate.tsv says which). */
final class Boilerplate {

    private record LineRule(int maxLength, Pattern pattern) {
    }

    private record Phrase(int maxLength, String lowerCase) {
    }

    private final List<LineRule> lines = new ArrayList<>();
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<String> tails = new ArrayList<>();

    Boilerplate(List<String> rules) {
        for (String rule : rules) {
            String[] cols = rule.split("\t", 3);
            if (cols.length != 3) {
                throw new IllegalStateException("boilerplate rule needs 3 columns: " + rule);
            }
            switch (cols[0]) {
                case "line" -> {
                    if (!cols[2].startsWith("^") && !cols[2].startsWith("(?i)^")) {
                        throw new IllegalStateException("a line rule is anchored at the start (^): " + rule);
                    }
                    lines.add(new LineRule(Integer.parseInt(cols[1]), Pattern.compile(cols[2])));
                }
                case "contains" -> phrases.add(new Phrase(Integer.parseInt(cols[1]), cols[2].toLowerCase(Locale.ROOT)));
                case "tail" -> tails.add(cols[2]);
                default -> throw new IllegalStateException("unknown boilerplate rule kind: " + rule);
            }
        }
    }

    static Boilerplate load() {
        return new Boilerplate(Lexicon.lines("boilerplate.tsv"));
    }

    /** Whether the whole of {@code text[start,end)} is boilerplate. */
    boolean isLine(String text, int start, int end) {
        int length = end - start;
        CharSequence line = null;
        for (LineRule rule : lines) {
            if (length <= rule.maxLength) {
                line = line != null ? line : text.subSequence(start, end);
                if (rule.pattern.matcher(line).lookingAt()) {
                    return true;
                }
            }
        }
        for (Phrase phrase : phrases) {
            if (length <= phrase.maxLength && containsIgnoringCase(text, start, end, phrase.lowerCase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringCase(String text, int start, int end, String phrase) {
        char first = phrase.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = start; i + phrase.length() <= end; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an agency notice in capitals ("ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.") starts
     * inside {@code text[start,end)}, or -1. The notice runs to the end of the line and is written in capitals.
     */
    int tailStart(String text, int start, int end) {
        if (end - start > PhotoCredits.MAX_CAPTION + 300 || !capitalRun(text, start, end)) {
            return -1;
        }
        for (int at = start; at < end; at++) {
            char c = text.charAt(at);
            if (c < 'A' || c > 'Z' || at > start && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            for (String notice : tails) {
                int after = at + notice.length();
                if (after <= end && text.startsWith(notice, at)
                        && (after == end || !Character.isLetter(text.charAt(after))) && capitals(text, at, end)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Agency notices are shouted: without four capitals in a row there is none, and nothing needs to look. */
    private static boolean capitalRun(String text, int s, int e) {
        int run = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            run = c >= 'A' && c <= 'Z' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitals(String text, int s, int e) {
        int upper = 0;
        int lower = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 4 * lower;
    }
}
