package org.tarikh.entity.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text split once into tokens (Arabic letters, Latin letters, digits, single punctuation marks) and sentences.
 * Tokens carry their normalized form and their original offsets. Sentence ends are . ! ? ؟ and line breaks; a dot
 * inside a number, an abbreviation (U.S.) or before a lower-case word does not end a sentence.
 */
public final class TokenizedText {

    private final String text;
    private final NormalizedText normalized;
    private final List<Token> tokens;
    private final List<int[]> sentences;

    private TokenizedText(String text, NormalizedText normalized, List<Token> tokens, List<int[]> sentences) {
        this.text = text;
        this.normalized = normalized;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    public static TokenizedText of(String text) {
        NormalizedText n = NormalizedText.of(text);
        String v = n.view();
        List<Token> tokens = new ArrayList<>(v.length() / 5 + 4);
        List<int[]> sentences = new ArrayList<>();
        int sentence = 0;
        int sentenceStart = -1;
        int i = 0;
        int len = v.length();
        while (i < len) {
            char c = v.charAt(i);
            if (c == '\n' || c == '\r') {
                if (sentenceStart >= 0) {
                    sentences.add(new int[] {sentenceStart, n.originalEnd(i)});
                    sentence++;
                    sentenceStart = -1;
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            Script script;
            if (isArabicLetter(c)) {
                script = Script.ARABIC;
                while (i < len && isArabicLetter(v.charAt(i))) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                script = Script.DIGITS;
                while (i < len && Character.isDigit(v.charAt(i))) {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                script = Script.LATIN;
                while (i < len && Character.isLetter(v.charAt(i)) && !isArabicLetter(v.charAt(i))) {
                    i++;
                }
            } else {
                script = Script.PUNCTUATION;
                i++;
            }
            if (sentenceStart < 0) {
                sentenceStart = n.originalStart(start);
            }
            int oStart = n.originalStart(start);
            int oEnd = n.originalEnd(i);
            tokens.add(new Token(tokens.size(), v.substring(start, i), script, oStart, oEnd, sentence, start));
            if (script == Script.PUNCTUATION && endsSentence(v, start, tokens)) {
                sentences.add(new int[] {sentenceStart, oEnd});
                sentence++;
                sentenceStart = -1;
            }
        }
        if (sentenceStart >= 0) {
            sentences.add(new int[] {sentenceStart, text.length()});
        }
        return new TokenizedText(text, n, tokens, sentences);
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FC';
    }

    private static boolean endsSentence(String v, int at, List<Token> tokens) {
        char c = v.charAt(at);
        if (c == '!' || c == '?' || c == '\u061F') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int next = at + 1;
        if (next < v.length() && (Character.isLetterOrDigit(v.charAt(next)) || v.charAt(next) == '.')) {
            return false; // 3.5, U.S., example.com
        }
        if (tokens.size() >= 2) {
            Token before = tokens.get(tokens.size() - 2);
            if (before.script() == Script.LATIN && before.form().length() == 1 && before.end() == tokens
                    .get(tokens.size() - 1).start()) {
                return false; // the last dot of U.S. or an initial
            }
        }
        int k = next;
        while (k < v.length() && v.charAt(k) == ' ') {
            k++;
        }
        // "... 2020. REUTERS" ends; "the U.S. military" does not
        return k >= v.length() || !Character.isLowerCase(v.charAt(k));
    }

    /** Original offset where token {@code t} starts once {@code stripped} normalized leading chars are dropped. */
    public int startAfter(Token t, int stripped) {
        return stripped == 0 ? t.start() : normalized.originalStart(t.viewStart() + stripped);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Sentence spans {start, end} into the original text, in order; tokens know their sentence index. */
    public List<int[]> sentences() {
        return sentences;
    }

    /** The original text between the start of token {@code from} and the end of token {@code to} (inclusive). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
