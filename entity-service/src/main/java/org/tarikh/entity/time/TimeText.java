package org.tarikh.entity.time;

import java.util.ArrayList;
import java.util.List;

import org.tarikh.entity.text.NormalizedText;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.TokenizedText;

/**
 * The time grammar's view of a document's tokens ({@link TokenizedText}, made once for all annotators): each token
 * with its kind, its folded form, its offsets and its sentence. Nothing is tokenized again here; the tokens only get
 * what the grammar asks of them: punctuation folded to one mark per function (، → ",", the dashes → "-", the
 * apostrophes → "'"), whether a Latin word is capitalized ("May" and "may" differ), and an Arabic token's end
 * stretched over its trailing marks so that "غداً" and "هـ" are whole in a timex's text. Invisible format marks (a
 * right-to-left mark inside "٢٠٢٤/٠١/٢٨") are no tokens for the grammar.
 */
final class TimeText {

    enum Kind { WORD, NUMBER, PUNCT }

    /**
     * One token. {@code viewStart/viewEnd} index the normalized view (adjacency tests), {@code start/end} the
     * original text; {@code sentence} is the index of the document's sentence holding it.
     */
    record Token(Kind kind, String norm, int viewStart, int viewEnd, int start, int end, boolean arabic,
            boolean capitalized, int sentence) {
        boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && norm.charAt(0) == c;
        }

        int intValue() {
            return norm.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(norm);
        }
    }

    final String original;
    final List<Token> tokens;
    private final NormalizedText normalized;

    private TimeText(String original, NormalizedText normalized, List<Token> tokens) {
        this.original = original;
        this.normalized = normalized;
        this.tokens = tokens;
    }

    static TimeText of(TokenizedText text) {
        String original = text.text();
        List<Token> tokens = new ArrayList<>(text.size());
        for (org.tarikh.entity.text.Token t : text.tokens()) {
            String form = t.form();
            Kind kind;
            boolean arabic = t.script() == Script.ARABIC;
            if (t.script() == Script.PUNCTUATION) {
                char c = form.charAt(0);
                if (Character.getType(c) == Character.FORMAT) {
                    continue;
                }
                char f = punctuation(c);
                if (f != c) {
                    form = String.valueOf(f);
                }
                kind = Kind.PUNCT;
            } else if (t.script() == Script.DIGITS) {
                kind = asciiDigits(form) ? Kind.NUMBER : Kind.WORD;
            } else {
                kind = Kind.WORD;
            }
            int end = t.end();
            if (arabic) {
                while (end < original.length() && mark(original.charAt(end))) {
                    end++; // غداً، هـ: the diacritics and tatweel the view dropped belong to the word
                }
            }
            char first = original.charAt(t.start());
            boolean capitalized = !arabic && kind == Kind.WORD && Character.isUpperCase(first);
            tokens.add(new Token(kind, form, t.viewStart(), t.viewStart() + t.form().length(), t.start(), end,
                    arabic, capitalized, t.sentence()));
        }
        return new TimeText(original, text.normalized(), tokens);
    }

    /** Original offset of a view index. */
    int originalOffset(int viewIndex) {
        return normalized.originalStart(viewIndex);
    }

    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A char the normalized view drops after an Arabic letter: a diacritic or the tatweel. */
    private static boolean mark(char c) {
        return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** One mark per function: the Arabic comma, semicolon and decimal sign, the dashes, the apostrophes. */
    static char punctuation(char c) {
        switch (c) {
            case '\u060C':
            case '\u066C':
                return ',';
            case '\u061B':
                return ';';
            case '\u066B':
                return '.';
            case '\u2013': case '\u2014': case '\u2212': case '\u2010': case '\u2011':
                return '-';
            case '\u2019': case '\u2018': case '\u02BC':
                return '\'';
            default:
                return c;
        }
    }

    /** Folds a lexicon form the way the document's tokens are folded. */
    static String foldForm(String s) {
        String view = NormalizedText.of(s).view();
        StringBuilder b = new StringBuilder(view.length());
        for (int i = 0; i < view.length(); i++) {
            char c = view.charAt(i);
            b.append(Character.isWhitespace(c) ? ' ' : punctuation(c));
        }
        return b.toString().trim().replaceAll(" +", " ");
    }
}
