package org.tarikh.entity.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text split once into tokens (Arabic letters, Latin letters, digits, single punctuation marks, whole web and e-mail
 * addresses) within its sentences. Tokens carry their normalized form and their original offsets. The sentences are given (the segment's,
 * as parser-service found them) or found by {@link SentenceSplitter}, the method parser-service uses; text outside
 * every given sentence becomes a sentence of its own, so every token belongs to one.
 */
public final class TokenizedText {

    /**
     * A web or e-mail address: a name, not words of the sentence. Its digits are no date ({@code /2024/01/30/}), its
     * path no event ({@code three-killed-in-attack}) and its host no organization, so it is one token no annotator
     * reads: an outlet's credit line that gives the article's address tells nothing more than one that does not.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w@./-])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"«»]+|(?<![\\w@.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** What ends a sentence or a clause after an address rather than belonging to it. */
    private static final String TRAILING = ".,;:!?)]}'\"\u060C\u061B\u061F";

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

    /** The text's tokens within the sentences {@link SentenceSplitter} finds. */
    public static TokenizedText of(String text) {
        return of(text, SentenceSplitter.split(text));
    }

    /**
     * The text's tokens within the given sentences.
     *
     * @param sentences {start, end} offsets into {@code text}, in order; one that overlaps the one before it or leaves
     *                  the text is ignored
     */
    public static TokenizedText of(String text, List<int[]> sentences) {
        NormalizedText n = NormalizedText.of(text);
        String v = n.view();
        List<int[]> spans = ordered(sentences, text.length());
        List<int[]> out = new ArrayList<>(spans.size() + 1);
        List<Token> tokens = new ArrayList<>(v.length() / 5 + 4);
        List<int[]> addresses = addresses(v);
        int address = 0;
        int span = 0;
        int current = -1; // the given span the last token fell in; -1 while in text outside every span
        int i = 0;
        int len = v.length();
        while (i < len) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            Script script;
            while (address < addresses.size() && addresses.get(address)[1] <= i) {
                address++;
            }
            if (address < addresses.size() && addresses.get(address)[0] == i) {
                script = Script.ADDRESS;
                i = addresses.get(address)[1];
            } else if (isArabicLetter(c)) {
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
            int oStart = n.originalStart(start);
            int oEnd = n.originalEnd(i);
            while (span < spans.size() && spans.get(span)[1] <= oStart) {
                span++;
            }
            if (span < spans.size() && spans.get(span)[0] <= oStart) {
                if (current != span) {
                    out.add(spans.get(span));
                    current = span;
                }
            } else if (current != -1 || out.isEmpty()) {
                out.add(new int[] {oStart, oEnd}); // text no given sentence covers
                current = -1;
            } else {
                out.get(out.size() - 1)[1] = oEnd;
            }
            tokens.add(new Token(tokens.size(), v.substring(start, i), script, oStart, oEnd, out.size() - 1, start));
        }
        return new TokenizedText(text, n, tokens, out);
    }

    /** The spans of the view's web and e-mail addresses, without the punctuation that follows one. */
    static List<int[]> addresses(String view) {
        if (view.indexOf("://") < 0 && view.indexOf("www.") < 0 && view.indexOf('@') < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(view);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && TRAILING.indexOf(view.charAt(end - 1)) >= 0) {
                end--;
            }
            out.add(new int[] {m.start(), end});
        }
        return out;
    }

    private static List<int[]> ordered(List<int[]> sentences, int length) {
        List<int[]> spans = new ArrayList<>(sentences.size());
        int last = 0;
        for (int[] s : sentences) {
            if (s[0] >= last && s[1] > s[0] && s[1] <= length) {
                spans.add(new int[] {s[0], s[1]});
                last = s[1];
            }
        }
        return spans;
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FC';
    }

    /** Original offset where token {@code t} starts once {@code stripped} normalized leading chars are dropped. */
    public int startAfter(Token t, int stripped) {
        return stripped == 0 ? t.start() : normalized.originalStart(t.viewStart() + stripped);
    }

    public String text() {
        return text;
    }

    /** The normalized view the tokens' forms were read from, with its map back to the text. */
    public NormalizedText normalized() {
        return normalized;
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

    /** The index of the first token of a sentence (tokens are in sentence order); {@link #size()} past the last. */
    public int firstTokenOf(int sentence) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).sentence() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the token that covers or first follows {@code offset} (the last token when none follows). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original text between the start of token {@code from} and the end of token {@code to} (inclusive). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
