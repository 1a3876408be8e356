package org.tarikh.entity.events;

import java.util.Set;

import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** Whether a trigger reports something that happened: not a future, conditional, negated or modal action. */
final class Factuality {

    private Factuality() {
    }

    private static final Set<String> NOT_HAPPENED = Set.of("سوف", "لن", "لم", "لا", "قد", "اذا", "لو", "ربما",
            "will", "would", "could", "may", "might", "if", "to", "not", "never", "no", "unless", "should", "must",
            "cannot", "won", "can");
    private static final Set<String> MODAL_AFTER_NOUN = Set.of("will", "would", "could", "may", "might", "should",
            "must", "can", "cannot", "سوف", "لن", "قد");

    /** Future (سوف، will), conditional (إذا، if), negated (لم، not) or modal actions did not happen. */
    static boolean happened(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        if (!h.trigger().verb()) {
            // "talks would resume", "المحادثات سوف تستأنف": the noun is the subject of what has not happened
            for (int k = h.to() + 1; k < t.size() && k <= h.to() + 2 && t.get(k).sentence() == sentence; k++) {
                if (t.get(k).isPunctuation()) {
                    break;
                }
                if (MODAL_AFTER_NOUN.contains(t.get(k).form())) {
                    return false;
                }
            }
        }
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 3; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation()) {
                break;
            }
            if (NOT_HAPPENED.contains(tok.form()) || tok.form().startsWith("و") && NOT_HAPPENED.contains(
                    tok.form().substring(1))) {
                return false;
            }
            if (tok.form().equals("to") && k == h.from() - 1 && h.trigger().verb()) {
                return false;
            }
        }
        return true;
    }
}
