package org.tarikh.entity.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Later references to a person named in full: by the surname (العوادي, Kirby), by the last two names (محمد علي of
 * نجاح محمد علي) or by the full name again, in the same text or, through {@link ArticlePersons}, in a later segment of
 * the same article. A reference the tagger found takes the full name's key; one it missed (a surname alone is often
 * missed) is added. Persons named in full are remembered for the article's next segments.
 */
final class PersonReferences {

    private final TokenizedText text;
    private final Lexicon lexicon;
    private final Cues cues;

    PersonReferences(TokenizedText text, Lexicon lexicon, Cues cues) {
        this.text = text;
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** A name a later reference may use: the person's key and name, and where in this text it was named (-1: before). */
    private record Reference(String key, String name, int start) {
    }

    /**
     * @param mentions the tagged mentions, in text order, parallel to {@code spans}
     * @param article  the persons of the article so far (updated with this text's), or null
     */
    List<Mention> link(List<Mention> mentions, List<NameRecognizer.Span> spans, ArticlePersons article) {
        Map<String, Reference> forms = new HashMap<>();
        int longest = 1;
        if (article != null) {
            for (ArticlePersons.Known k : article.known()) {
                longest = Math.max(longest, addForms(forms, k.words(), new Reference(k.key(), k.name(), -1), true));
            }
        }
        boolean[] taken = new boolean[text.size()];
        List<Mention> out = new ArrayList<>(mentions.size() + 4);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            NameRecognizer.Span s = spans.get(i);
            for (int k = s.from(); k <= s.to(); k++) {
                taken[k] = true;
            }
            if (m.type() != EntityType.PERSON) {
                Reference person = s.from() == s.to() ? forms.get(text.get(s.from()).form()) : null;
                if (person != null && person.start() < m.start() && placeNamesake(s)) {
                    // "Austin declined": a person named before wins a one-word place where no place is expected
                    out.add(new Mention(EntityType.PERSON, m.text(), m.start(), m.end(), person.key(), person.name(),
                            null, null));
                } else {
                    out.add(m);
                }
                continue;
            }
            List<String> words = words(s.from(), s.to(), s.stripped());
            Reference earlier = forms.get(String.join(" ", words));
            if (earlier != null && earlier.start() < m.start()) {
                out.add(new Mention(m.type(), m.text(), m.start(), m.end(), earlier.key(), earlier.name(), null, null));
                continue;
            }
            out.add(m);
            if (words.size() >= 2) {
                longest = Math.max(longest, addForms(forms, words, new Reference(m.key(), m.text(), m.start()), true));
                if (article != null) {
                    article.remember(new ArticlePersons.Known(m.key(), m.text(), words,
                            text.get(s.to()).script() == Script.LATIN));
                }
            }
        }
        if (forms.isEmpty()) {
            return out;
        }
        // references the tagger missed: untagged words that spell a form of a person named before
        for (int i = 0; i < text.size(); i++) {
            Token tok = text.get(i);
            if (taken[i] || tok.isPunctuation() || tok.script() == Script.DIGITS) {
                continue;
            }
            if (tok.script() == Script.LATIN && !Character.isUpperCase(text.text().charAt(tok.start()))) {
                continue;
            }
            Clitics.Stem[] stems = tok.script() == Script.ARABIC ? Clitics.stems(tok.form())
                    : new Clitics.Stem[] {new Clitics.Stem(tok.form(), 0)};
            Mention found = null;
            int foundTo = i;
            for (Clitics.Stem stem : stems) {
                StringBuilder b = new StringBuilder(stem.form());
                for (int j = i; j < text.size() && j - i < longest; j++) {
                    if (j > i) {
                        if (taken[j] || text.get(j).isPunctuation() || text.get(j).sentence() != tok.sentence()) {
                            break;
                        }
                        b.append(' ').append(text.get(j).form());
                    }
                    Reference r = forms.get(b.toString());
                    int start = text.startAfter(tok, stem.stripped());
                    if (r != null && r.start() < start && (j > i || !adjectiveUse(i, stem.form()))) {
                        found = new Mention(EntityType.PERSON, text.text().substring(start, text.get(j).end()), start,
                                text.get(j).end(), r.key(), r.name(), null, null);
                        foundTo = j;
                    }
                }
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                out.add(found);
                i = foundTo;
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A one-word place of the generated gazetteer, not after a word that announces a place (in, at, في …). */
    private boolean placeNamesake(NameRecognizer.Span s) {
        if (s.type() != EntityType.LOCATION || s.match() == null || s.match().entity().curated()
                || lexicon.isCountry(s.match().entity().key())) {
            return false;
        }
        if (s.from() == 0) {
            return true;
        }
        String before = text.get(s.from() - 1).form();
        return !(before.equals("in") || before.equals("at") || before.equals("near") || before.equals("from")
                || before.equals("to") || before.equals("في") || before.equals("قرب") || before.equals("الى")
                || before.equals("من"));
    }

    private List<String> words(int from, int to, int stripped) {
        List<String> out = new ArrayList<>(to - from + 1);
        for (int k = from; k <= to; k++) {
            Token t = text.get(k);
            if (!t.isPunctuation()) {
                out.add(k == from ? t.form().substring(Math.min(stripped, t.form().length())) : t.form());
            }
        }
        return out;
    }

    /**
     * The forms a later reference may take: the full name, the last two names of a name of three or more, and the
     * surname when it is distinctive (Latin, or Arabic with the article or of four letters or more, and no cue or stop
     * word). Earlier persons win a shared form. Returns the longest form in words.
     */
    private int addForms(Map<String, Reference> forms, List<String> words, Reference r, boolean full) {
        int n = words.size();
        if (n < 2) {
            return 1;
        }
        String last = words.get(n - 1);
        if (distinctive(last)) {
            forms.putIfAbsent(last, r);
        }
        if (n >= 3) {
            forms.putIfAbsent(words.get(n - 2) + " " + last, r);
        }
        if (full) {
            forms.putIfAbsent(String.join(" ", words), r);
        }
        return n;
    }

    private boolean distinctive(String form) {
        boolean arabic = !form.isEmpty() && form.charAt(0) >= '\u0600' && form.charAt(0) <= '\u06FF';
        if (!arabic) {
            return form.length() > 2 && !cues.has("STOP", "en", form) && !cues.has("PERSON_TITLE", "en", form);
        }
        return (Clitics.hasArticle(form) || form.length() >= 4) && !cues.has("STOP", "ar", form)
                && !cues.has("PERSON_TITLE", "ar", form);
    }

    /** السوداني after a definite noun (الجيش السوداني) is the adjective "Sudanese", not the surname al-Sudani. */
    private boolean adjectiveUse(int i, String stem) {
        if (i == 0 || text.get(i).script() != Script.ARABIC || lexicon.countryOfAdjective(stem) == null) {
            return false;
        }
        Token before = text.get(i - 1);
        return before.script() == Script.ARABIC && Clitics.hasArticle(Clitics.bare(before.form()))
                && before.sentence() == text.get(i).sentence();
    }
}
