package org.tarikh.entity.events;

import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** Clauses of a sentence, as far as punctuation shows them: a comma, semicolon or colon closes one. */
final class Clauses {

    private Clauses() {
    }

    /** Token bounds of the clause around token {@code i}: up to the nearest comma-like mark or sentence end. */
    static int[] clause(TokenizedText t, int i) {
        int sentence = t.get(i).sentence();
        int from = i;
        while (from > 0 && t.get(from - 1).sentence() == sentence && !clauseMark(t.get(from - 1))) {
            from--;
        }
        int to = i;
        while (to + 1 < t.size() && t.get(to + 1).sentence() == sentence && !clauseMark(t.get(to + 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    static boolean clauseMark(Token tok) {
        String f = tok.form();
        return f.equals("،") || f.equals(",") || f.equals("؛") || f.equals(";") || f.equals(":");
    }

    /** Original offsets {start, end} of a clause given as token bounds. */
    static int[] offsets(TokenizedText t, int[] clause) {
        return new int[] {t.get(clause[0]).start(), t.get(clause[1]).end()};
    }
}
