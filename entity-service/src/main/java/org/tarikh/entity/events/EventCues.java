package org.tarikh.entity.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** The context words of resources/events/cues.tsv, by kind, matched on a token's clitic stems. */
final class EventCues {

    enum Kind {
        SOURCE, NATURAL_CAUSE, FUTURE_VIOLENCE, COMPLEMENTIZER, DIRECTION, PERSON, VIOLENT_CONTEXT, NOT_NEWS, REFERENCE, OCCURRED, THING, FICTION,
        ATTACK_MEANS, SPEECH_MANNER, RESULT, REPORTING, HAPPENING, INQUIRY, POLITICAL, ARMED, THREATENED, NAMED_EVENT,
        CREDIT, HABITUAL
    }

    private static final EventCues LOADED = new EventCues();

    private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
    private final Map<Kind, List<List<String>>> phrases = new EnumMap<>(Kind.class);

    private EventCues() {
        for (Kind k : Kind.values()) {
            words.put(k, new HashSet<>());
            phrases.put(k, new ArrayList<>());
        }
        Lexicon.readTsv("events/cues.tsv", c -> {
            Kind kind = Kind.valueOf(c[0]);
            List<String> forms = TokenizedText.of(c[2]).tokens().stream().map(Token::form).toList();
            if (forms.size() == 1) {
                words.get(kind).add(forms.get(0));
            } else {
                phrases.get(kind).add(forms);
            }
        });
    }

    /** Whether token {@code i} is a one-word cue of this kind (its stems, an English plural's singular). */
    static boolean is(Kind kind, TokenizedText t, int i) {
        Set<String> set = LOADED.words.get(kind);
        Token tok = t.get(i);
        if (tok.script() == Script.LATIN) {
            String f = tok.form();
            return set.contains(f) || f.endsWith("s") && set.contains(f.substring(0, f.length() - 1));
        }
        if (tok.script() != Script.ARABIC) {
            return false;
        }
        for (Clitics.Stem s : Clitics.stems(tok.form())) {
            if (set.contains(s.form()) || set.contains(Clitics.withoutArticle(s.form()))) {
                return true;
            }
            // an indefinite accusative writes its tanween on an alif: "أن انفجارا أدى"، "نفذوا هجوما"
            String f = s.form();
            if (f.length() >= 5 && f.endsWith("ا") && !f.endsWith("اا")
                    && set.contains(f.substring(0, f.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a normalized word is a one-word PERSON cue. */
    static boolean isPersonWord(String form) {
        return LOADED.words.get(Kind.PERSON).contains(form);
    }

    /** Whether token {@code i} lies inside a cue phrase of this kind that starts before it ("heart attack"). */
    static boolean insidePhrase(Kind kind, TokenizedText t, int i) {
        for (List<String> p : LOADED.phrases.get(kind)) {
            for (int w = 1; w < p.size(); w++) {
                int start = i - w;
                boolean all = start >= 0 && start + p.size() <= t.size();
                for (int j = 0; all && j < p.size(); j++) {
                    all = t.get(start + j).form().equals(p.get(j));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} is a one-word Arabic cue with the accusative ending ا (ضابطا، مسؤولا، طفلا). */
    static boolean isAccusative(Kind kind, TokenizedText t, int i) {
        String f = t.get(i).form();
        return t.get(i).script() == Script.ARABIC && f.length() > 3 && f.endsWith("ا")
                && LOADED.words.get(kind).contains(Clitics.bare(f.substring(0, f.length() - 1)));
    }

    /** Whether a cue of this kind, one word or a phrase, starts at token {@code i}. */
    static boolean startsAt(Kind kind, TokenizedText t, int i) {
        if (is(kind, t, i)) {
            return true;
        }
        for (List<String> p : LOADED.phrases.get(kind)) {
            boolean all = i + p.size() <= t.size();
            for (int w = 0; all && w < p.size(); w++) {
                all = t.get(i + w).form().equals(p.get(w));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of this kind starts at a token of [from, to] within one sentence. */
    static boolean anyIn(Kind kind, TokenizedText t, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < t.size(); i++) {
            if (startsAt(kind, t, i)) {
                return true;
            }
        }
        return false;
    }
}
